// Done / Snooze / Skip on a notification. Routed by logic/ActionRouter, handled by the core
// (idempotent on the id), then synced. No activity is started: a bundle's Done becomes a
// "Who did you reach?" notification that opens the chooser.
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.tend.android.logic.ActionDeduper
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.Routing
import app.tend.core.TendException
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
                val outcome = app.store().handleAction(routed.notificationId, routed.action, app.zone())
                // Only once the action is stored does the notification go (or become the question).
                if (BundleChooser.question(outcome) != null) {
                    app.scheduler.askWhoWasReached(outcome.id)
                } else {
                    app.scheduler.dismiss(routed.notificationId)
                }
                // A snooze reschedules this occurrence; a done or skip cancels what is left of it.
                app.scheduler.replan()
            } catch (e: TendException.NotFound) {
                // Too old or no longer planned: nothing to act on.
                app.scheduler.dismiss(routed.notificationId)
            } catch (e: TendException) {
                Log.w(TAG, "action failed: ${e.javaClass.simpleName}") // no personal data
            } catch (e: KeyUnavailable) {
                Log.w(TAG, "store unavailable: ${e.message}")
            } catch (e: Exception) {
                Log.w(TAG, "action failed: ${e.javaClass.simpleName}")
            } finally {
                done.finish()
            }
        }
    }

    private companion object {
        const val TAG = "TendAction"

        // Process-wide; the core's idempotency covers deliveries across process deaths.
        val deduper = ActionDeduper()
    }
}
