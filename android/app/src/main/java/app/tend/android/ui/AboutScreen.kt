// About Tend (rendering only): the app's version and its core's, and the privacy promise in plain
// words — everything stays on the phone, encrypted; only what the user chooses goes to a partner,
// end-to-end encrypted; no analytics, no account.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import app.tend.android.R

data class AboutState(
    /** The app's own version (null where the phone does not say). */
    val appVersion: String?,
    /** The core library's version. */
    val coreVersion: String,
)

/** The promise, one plain sentence each. */
private val PROMISES = listOf(R.string.about_promise_phone, R.string.about_promise_partner, R.string.about_promise_nothing, R.string.about_promise_backup)

@Composable
fun AboutScreen(
    state: AboutState,
    padding: PaddingValues,
) {
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(stringResource(R.string.app_name), style = MaterialTheme.typography.headlineMedium)
        Text(stringResource(R.string.about_tagline))
        Text(
            state.appVersion?.let { stringResource(R.string.about_version, it, state.coreVersion) } ?: stringResource(R.string.about_core_version, state.coreVersion),
            style = MaterialTheme.typography.bodyMedium,
        )
        Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(10.dp)) {
                SectionTitle(stringResource(R.string.about_promise_title))
                for (p in PROMISES) Text(stringResource(p), color = MaterialTheme.colorScheme.onPrimaryContainer)
            }
        }
    }
}
