// Done / Snooze / Skip on a notification. Routed by logic/ActionRouter, handled by the core
// (idempotent on the id), then synced. No activity is started: a bundle's Done becomes a
// "Who did you reach?" notification that opens the chooser.
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.tend.android.logic.ActionDeduper
import app.tend.android.logic.ActionResult
import app.tend.android.logic.AfterAction
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.Routing
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

class ActionReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val minutes =
            if (intent.hasExtra(ActionRouter.EXTRA_SNOOZE_MINUTES)) intent.getIntExtra(ActionRouter.EXTRA_SNOOZE_MINUTES, 0) else null
        val routing =
            ActionRouter.route(
                intent.action,
                intent.getStringExtra(ActionRouter.EXTRA_NOTIFICATION_ID),
                intent.getStringExtra(ActionRouter.EXTRA_ACTION),
                minutes,
            )
        val routed =
            when (routing) {
                is Routing.Reject -> {
                    Log.w(TAG, "ignored: ${routing.reason}")
                    return
                }
                is Routing.Handle -> routing.routed
            }
        if (!deduper.firstDelivery(routed, System.currentTimeMillis())) return
        val app = context.applicationContext as TendApplication
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                val stored = runCatching { app.store().handleAction(routed.notificationId, routed.action, app.zone()) }
                // The notification goes only once the action is stored (logic/Healing.kt).
                when (ActionResult.decide(stored.map { BundleChooser.question(it) != null })) {
                    AfterAction.ASK_WHO -> app.scheduler.askWhoWasReached(stored.getOrThrow().id)
                    AfterAction.DISMISS, AfterAction.DISMISS_STALE -> app.scheduler.dismiss(routed.notificationId)
                    AfterAction.KEEP -> {
                        // Kept, and the next tap is not taken for a double delivery.
                        deduper.forget(routed)
                        Log.w(TAG, "action not stored: ${stored.exceptionOrNull()?.javaClass?.simpleName}")
                    }
                }
                // A snooze reschedules this occurrence; a done or skip cancels what is left of it.
                if (stored.isSuccess) app.scheduler.replan()
            } catch (e: Exception) {
                Log.w(TAG, "after the action: ${e.javaClass.simpleName}") // no personal data
            } finally {
                done.finish()
            }
        }
    }

    internal companion object {
        const val TAG = "TendAction"

        // Process-wide (a new process starts with a new one); the core's idempotency covers
        // deliveries across process deaths.
        @Volatile internal var deduper = ActionDeduper()
    }
}
