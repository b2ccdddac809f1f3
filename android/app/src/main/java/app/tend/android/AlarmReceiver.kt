// A reminder's alarm fired: post its notification (text as the core planned it).
package app.tend.android

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.NotificationSpec
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

class AlarmReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        if (intent.action != ACTION_FIRE) return
        val spec = readSpec(intent) ?: return
        val app = context.applicationContext as TendApplication
        // Posting needs no store: show first, so a slow or locked store never loses a reminder.
        app.scheduler.show(spec)
        val done = goAsync()
        CoroutineScope(Dispatchers.IO).launch {
            try {
                app.scheduler.fired(spec.tag)
            } finally {
                done.finish()
            }
        }
    }

    companion object {
        const val ACTION_FIRE = "app.tend.android.action.FIRE"
        private const val EXTRA_TAG = "app.tend.android.extra.TAG"
        private const val EXTRA_CHANNEL = "app.tend.android.extra.CHANNEL"
        private const val EXTRA_TITLE = "app.tend.android.extra.TITLE"
        private const val EXTRA_BODY = "app.tend.android.extra.BODY"
        private const val EXTRA_BUTTONS = "app.tend.android.extra.BUTTONS"
        private const val EXTRA_DONE_NEEDS_UNLOCK = "app.tend.android.extra.DONE_NEEDS_UNLOCK"

        fun putSpec(
            intent: Intent,
            s: NotificationSpec,
        ) {
            intent.putExtra(EXTRA_TAG, s.tag)
                .putExtra(EXTRA_CHANNEL, s.channelId)
                .putExtra(EXTRA_TITLE, s.title)
                .putExtra(EXTRA_BODY, s.body)
                .putExtra(EXTRA_BUTTONS, s.buttons.map(ActionRouter::wire).toTypedArray())
                .putExtra(EXTRA_DONE_NEEDS_UNLOCK, s.doneNeedsUnlock)
        }

        fun readSpec(intent: Intent): NotificationSpec? =
            NotificationSpec(
                tag = intent.getStringExtra(EXTRA_TAG) ?: return null,
                channelId = intent.getStringExtra(EXTRA_CHANNEL) ?: return null,
                title = intent.getStringExtra(EXTRA_TITLE) ?: return null,
                body = intent.getStringExtra(EXTRA_BODY) ?: "",
                buttons = intent.getStringArrayExtra(EXTRA_BUTTONS).orEmpty().mapNotNull(ActionRouter::kindOf),
                // An alarm set before this extra existed asks for the unlock: the safer default.
                doneNeedsUnlock = intent.getBooleanExtra(EXTRA_DONE_NEEDS_UNLOCK, true),
            )
    }
}
