// What Today warns about before anything else, and how it fails: reminders that cannot reach the
// user (notifications off, exact alarms denied) and a store that could not be read. Pure: the
// activity passes the platform facts and renders the result.
package app.tend.android.logic

import app.tend.core.TendException

/** A notice at the top of Today, with the one thing that fixes it. */
enum class Notice(
    /** String resource names: the message and its button. */
    val messageKey: String,
    val actionKey: String,
) {
    /** Notifications off, Android can still ask (13+, not denied for good): the permission dialog. */
    NOTIFICATIONS_ASK("notifications_off", "turn_on"),

    /**
     * Notifications off and Android will not ask again (denied twice, or turned off in settings,
     * or below Android 13 where there is no dialog): open the app's notification settings.
     */
    NOTIFICATIONS_SETTINGS("notifications_off_settings", "open_settings"),

    /** Exact alarms denied (Android 14's default): reminders are scheduled inexactly; the exact-alarm setting. */
    EXACT_ALARMS("inexact", "allow"),
}

object TodayNotices {
    const val SDK_EXACT_ALARM_PERMISSION = 31 // Android 12 (S)
    const val SDK_NOTIFICATION_PERMISSION = 33 // Android 13 (TIRAMISU)

    fun of(
        sdk: Int,
        notificationsAllowed: Boolean,
        permissionDeniedForGood: Boolean,
        exactAllowed: Boolean,
    ): List<Notice> =
        buildList {
            if (!notificationsAllowed) {
                val canAsk = sdk >= SDK_NOTIFICATION_PERMISSION && !permissionDeniedForGood
                add(if (canAsk) Notice.NOTIFICATIONS_ASK else Notice.NOTIFICATIONS_SETTINGS)
            }
            if (!exactAllowed && sdk >= SDK_EXACT_ALARM_PERMISSION) add(Notice.EXACT_ALARMS)
        }

    /**
     * After the permission dialog answered: denied for good when Android would no longer show
     * it, i.e. it was refused and `shouldShowRequestPermissionRationale` is false although the
     * user was asked before (on a first ask the rationale is false too, and that is not final).
     */
    fun deniedForGood(
        granted: Boolean,
        askedBefore: Boolean,
        showRationale: Boolean,
    ): Boolean = !granted && askedBefore && !showRationale
}

/** Why a screen could not load: a message to show (a string resource name) and what failed, for the user. */
data class LoadFailure(val messageKey: String, val what: String)

object LoadFailures {
    /**
     * Any error → something Today can show. Never a crash: SOS stays one tap away whatever
     * failed. [keyMessage] is the key problem's own message key when the key could not be
     * unwrapped (WrappedKey), null otherwise. [what] carries no personal data: the core's error
     * texts carry none, and anything else is named by its class only.
     */
    fun of(
        e: Throwable,
        keyMessage: String? = null,
    ): LoadFailure =
        when {
            keyMessage != null -> LoadFailure(keyMessage, "key")
            // Only a store its key cannot use may be moved aside (DataActions.canQuarantine); a
            // newer Tend's store is healthy, and a missing folder or permission is not the file's fault.
            e is TendException.WrongKey -> LoadFailure("cannot_open", e.message ?: "wrong key")
            e is TendException.Corrupt -> LoadFailure("cannot_open", e.message ?: "damaged")
            e is TendException.NewerSchema -> LoadFailure("newer_version", e.message ?: "newer")
            e is TendException.CannotOpen -> LoadFailure("cannot_read", e.message ?: "cannot open")
            e is TendException.Storage -> LoadFailure("cannot_read", e.message ?: "storage")
            e is TendException -> LoadFailure("cannot_read", e.message ?: e.javaClass.simpleName)
            else -> LoadFailure("cannot_read", e.javaClass.simpleName)
        }
}
