// What the screens need from the phone, as one interface: the store, the device's facts, and the
// few things only the OS can do (a permission dialog, a document picker, the share sheet, a
// dialer). MainActivity implements it with Android; the JVM harness (android/jvm) with the real
// store and recorded stand-ins, so every screen and flow runs and renders off a device.
package app.tend.android.ui

import app.tend.android.logic.LoadFailure
import app.tend.core.GeoPoint
import app.tend.ffi.TendStore

/** Where "near me" is, or why it is not known. */
sealed class Located {
    data class At(val point: GeoPoint) : Located()

    /** The user said no (now, or for good). */
    object Denied : Located()

    /** Allowed, but the phone has no fix yet. */
    object Unknown : Located()
}

interface TendHost : MeetingListHost {
    /** The store, opened once, off the main thread; throws when it cannot be opened. */
    suspend fun store(): TendStore

    /** Any failure → what Today shows (a key problem has its own message on Android). */
    fun failureOf(e: Throwable): LoadFailure

    /** The device's IANA zone, read at each call. */
    fun zone(): String

    /** The phone's region (ISO 3166 alpha-2), for crisis lines; null when unknown. */
    fun country(): String?

    /** The phone's language (ISO 639-1), for meeting type names. */
    fun language(): String

    fun sdkInt(): Int

    fun notificationsAllowed(): Boolean

    fun exactAllowed(): Boolean

    /** Android will not show the notification permission dialog again. */
    fun notificationsDeniedForGood(): Boolean

    /** Shows the notification permission dialog; true when granted. */
    suspend fun askNotifications(): Boolean

    fun openNotificationSettings()

    fun openExactAlarmSettings()

    /** Hands the core's plan to the OS again, after anything that changes reminders. */
    suspend fun replan()

    /** Opens a tel:, sms: or https: link the core made, or a mailto: for an address it checked. */
    fun open(uri: String)

    /** The share sheet with [text] only. */
    fun share(text: String)

    /** An SOS was logged: partners are told as soon as there is a network. */
    fun sosLogged()

    /** A Matrix account was connected: the background sync starts. */
    fun channelConnected()

    /** "Near me": asks for coarse location if needed, then the last known position. */
    suspend fun locate(): Located

    /** Asks where to save [fileName] and writes [bytes] there; false when the user cancelled. */
    suspend fun saveDocument(
        fileName: String,
        bytes: suspend () -> ByteArray,
    ): Boolean

    /** Asks which document to read; null when the user cancelled. */
    suspend fun openDocument(): ByteArray?

    /**
     * The system contact picker (no contacts permission: the pick grants access to that one
     * contact): the picked contact as vCard text for the core's importVcards; null when the user
     * cancelled or the contact could not be read.
     */
    suspend fun pickContact(): String?

    /** Moves the unreadable store aside (never deletes it). */
    suspend fun quarantine()

    /** The app's own version name ("0.1.0"), for About; null where the phone does not say. */
    fun appVersion(): String? = null
}
