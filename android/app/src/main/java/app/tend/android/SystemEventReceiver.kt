// Boot, time zone, clock, app update, exact-alarm grant: each a sync, with the OS's word when it
// lost alarms (logic/ReplanTriggers.kt). The core decides the reset. Exported because the system
// sends these; it acts on none of the app's own actions (those go to ReplanReceiver).
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.tend.android.logic.ReplanTriggers
import app.tend.android.logic.Trigger

class SystemEventReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val trigger = ReplanTriggers.forBroadcast(intent.action)
        if (trigger == Trigger.NONE) return
        replanAsync(context, trigger, goAsync())
    }
}
