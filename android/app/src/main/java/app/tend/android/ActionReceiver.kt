// Done / Snooze / Skip on a notification. Validated by logic/ActionRouter, handled by the core
// (idempotent on the id), then the plan is synced. No activity is started.
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.tend.android.bridge.CoreAdapter
import app.tend.android.logic.ActionDeduper
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.Replan
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
        val app = context.applicationContext as TendApplication
        app.scheduler.dismiss(routed.notificationId)
        if (!deduper.firstDelivery(routed, System.currentTimeMillis())) return
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                app.store().handleAction(routed.notificationId, CoreAdapter.action(routed.action), app.zone())
                // A snooze reschedules this occurrence; a done or skip cancels what is left of it.
                app.scheduler.replan(Replan.SYNC)
            } catch (e: TendException.NotFound) {
                // Too old or no longer planned: the notification is already dismissed.
            } catch (e: TendException) {
                Log.w(TAG, "action failed: ${e.javaClass.simpleName}") // no personal data
            } catch (e: KeyUnavailable) {
                Log.w(TAG, "store unavailable: ${e.problem}")
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
