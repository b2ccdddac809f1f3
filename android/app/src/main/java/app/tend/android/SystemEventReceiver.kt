// Boot, time zone, clock, app update, exact-alarm grant, and our own replan alarm.
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.tend.android.logic.Replan
import app.tend.android.logic.ReplanTriggers
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

class SystemEventReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val replan = ReplanTriggers.forBroadcast(intent.action)
        if (replan == Replan.NONE) return
        val app = context.applicationContext as TendApplication
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                app.scheduler.replan(replan)
            } catch (e: Exception) {
                // Store unavailable (key problem) or a core error. Forget the recorded device
                // state so the next app start resets (alarms may be gone after a boot).
                app.scheduler.forgetDeviceState()
                Log.w("TendReplan", "replan failed: ${e.javaClass.simpleName}")
            } finally {
                done.finish()
            }
        }
    }
}
