// Small pieces every screen uses: what a load gave, a titled section, a notice card with its one
// action, and a failure card that always leaves SOS and Data within reach.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import app.tend.android.R
import app.tend.android.logic.LoadFailure

/** What the store gave us, or what failed (never "start fresh", never a crash). */
sealed class Loaded<out T> {
    object Loading : Loaded<Nothing>()

    data class Ready<T>(val value: T) : Loaded<T>()

    data class Failed(val failure: LoadFailure) : Loaded<Nothing>()
}

/** A section title, announced as a heading by TalkBack. */
@Composable
fun SectionTitle(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}

/** A message with the one thing that fixes it. */
@Composable
fun NoticeCard(
    message: String,
    action: String,
    onClick: () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(message, color = MaterialTheme.colorScheme.onSecondaryContainer)
            Button(onClick = onClick) { Text(action) }
        }
    }
}

/** What failed, and the ways on: SOS (needs no store) and the Data screen. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun FailureCard(
    failure: LoadFailure,
    onOpenSos: () -> Unit,
    onOpenData: () -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(stringRes(failure.messageKey)))
            Text(stringResource(R.string.what_failed, failure.what), style = MaterialTheme.typography.bodySmall)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Button(onClick = onOpenSos) { Text(stringResource(R.string.sos)) }
                OutlinedButton(onClick = onOpenData) { Text(stringResource(R.string.data)) }
            }
        }
    }
}
