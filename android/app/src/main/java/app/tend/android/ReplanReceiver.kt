// Our own replan alarm (the core's `replanBy`): a sync. Not exported (AndroidManifest.xml), so
// only the PendingIntent ReminderScheduler set can reach it.
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.tend.android.logic.ReplanTriggers
import app.tend.android.logic.Trigger
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

class ReplanReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val trigger = ReplanTriggers.forOwnAlarm(intent.action)
        if (trigger == Trigger.NONE) return
        replanAsync(context, trigger, goAsync())
    }
}

/**
 * Runs a replan off the main thread and finishes the broadcast when done. Shared by the
 * receivers: a failure (store unavailable, a core error) is logged without personal data; a loss
 * the OS announced stays recorded by the scheduler and is reported with the next sync.
 */
internal fun replanAsync(
    context: Context,
    trigger: Trigger,
    done: BroadcastReceiver.PendingResult,
) {
    val app = context.applicationContext as TendApplication
    CoroutineScope(Dispatchers.IO).launch {
        try {
            app.scheduler.replan(trigger)
        } catch (e: Exception) {
            Log.w("TendReplan", "replan failed: ${e.javaClass.simpleName}")
        } finally {
            done.finish()
        }
    }
}
