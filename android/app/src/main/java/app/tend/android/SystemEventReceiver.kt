// Boot, time zone, clock, app update, exact-alarm grant, and our own replan alarm: each a sync,
// with the OS's word when it lost alarms (logic/ReplanTriggers.kt). The core decides the reset.
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

class SystemEventReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val trigger = ReplanTriggers.forBroadcast(intent.action)
        if (trigger == Trigger.NONE) return
        val app = context.applicationContext as TendApplication
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                app.scheduler.replan(trigger)
            } catch (e: Exception) {
                // Store unavailable (key problem) or a core error. A loss stays recorded by the
                // scheduler and is reported with the next sync (the next app start at the latest).
                Log.w("TendReplan", "replan failed: ${e.javaClass.simpleName}")
            } finally {
                done.finish()
            }
        }
    }
}
