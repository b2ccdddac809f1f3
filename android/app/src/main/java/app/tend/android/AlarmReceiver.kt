// A reminder's alarm fired: post its notification (text as the core planned it).
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.tend.android.logic.PlannedAlarm
import app.tend.android.logic.ReminderButton
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

class AlarmReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        if (intent.action != ACTION_FIRE) return
        val alarm = readAlarm(intent) ?: return
        val app = context.applicationContext as TendApplication
        // Posting needs no store: show first, so a slow or locked store never loses a reminder.
        app.scheduler.show(alarm)
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                app.scheduler.fired(alarm.id)
            } finally {
                done.finish()
            }
        }
    }

    companion object {
        const val ACTION_FIRE = "app.tend.android.action.FIRE"
        private const val EXTRA_ID = "app.tend.android.extra.ID"
        private const val EXTRA_KIND = "app.tend.android.extra.KIND"
        private const val EXTRA_AT = "app.tend.android.extra.AT"
        private const val EXTRA_TITLE = "app.tend.android.extra.TITLE"
        private const val EXTRA_BODY = "app.tend.android.extra.BODY"
        private const val EXTRA_ACTIONS = "app.tend.android.extra.ACTIONS"

        fun putAlarm(
            intent: Intent,
            a: PlannedAlarm,
        ) {
            intent.putExtra(EXTRA_ID, a.id)
                .putExtra(EXTRA_KIND, a.kind)
                .putExtra(EXTRA_AT, a.fireAtMillis)
                .putExtra(EXTRA_TITLE, a.title)
                .putExtra(EXTRA_BODY, a.body)
                .putExtra(EXTRA_ACTIONS, a.actions.map { it.wire }.toTypedArray())
        }

        fun readAlarm(intent: Intent): PlannedAlarm? {
            val id = intent.getStringExtra(EXTRA_ID) ?: return null
            return PlannedAlarm(
                id = id,
                kind = intent.getStringExtra(EXTRA_KIND) ?: "",
                fireAtMillis = intent.getLongExtra(EXTRA_AT, 0),
                title = intent.getStringExtra(EXTRA_TITLE) ?: return null,
                body = intent.getStringExtra(EXTRA_BODY) ?: "",
                actions = intent.getStringArrayExtra(EXTRA_ACTIONS).orEmpty().mapNotNull(ReminderButton::fromWire),
            )
        }
    }
}
