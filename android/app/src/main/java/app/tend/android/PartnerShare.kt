// Hands a partner's text to the Android share sheet (ACTION_SEND through a chooser). Tend sends
// nothing itself: the user picks the app and the person there.
package app.tend.android

import android.content.Context
import android.content.Intent

object PartnerShare {
    /** The chooser for [text]; nothing else (no name, no extras) goes with it. */
    fun chooser(
        text: String,
        title: String,
    ): Intent {
        val send = Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text)
        return Intent.createChooser(send, title)
    }

    fun open(
        context: Context,
        text: String,
    ) {
        val intent = chooser(text, context.getString(R.string.share_chooser))
        // From a non-activity context the chooser needs a task of its own.
        if (context !is android.app.Activity) intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        context.startActivity(intent)
    }
}
