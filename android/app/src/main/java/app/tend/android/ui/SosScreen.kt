// SOS (rendering only): the user's emergency contacts with Call and Text, then the crisis lines
// of the phone's region (they need no store, so they show whatever failed), logging the SOS (and
// with it telling the partners allowed to know), and meetings starting soon.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.CrisisLine
import app.tend.core.EmergencyContact
import app.tend.core.SoonMeeting

data class SosState(
    val contacts: List<EmergencyContact> = emptyList(),
    val lines: List<CrisisLine> = emptyList(),
    val soon: List<SoonMeeting> = emptyList(),
    /** null: not logged this visit; true: logged; false: the store refused. */
    val logged: Boolean? = null,
)

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SosScreen(
    state: SosState,
    padding: PaddingValues,
    onCall: (String) -> Unit,
    onText: (String) -> Unit,
    onLogSos: () -> Unit,
    onOpenLink: (String) -> Unit,
) {
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        item { Text(stringResource(R.string.sos_intro), style = MaterialTheme.typography.titleMedium) }
        if (state.contacts.isNotEmpty()) {
            item { SectionTitle(stringResource(R.string.emergency_contacts)) }
            items(state.contacts, key = { "contact-${it.personId}" }) { c ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Text(c.name, style = MaterialTheme.typography.titleSmall)
                        c.phones.firstOrNull()?.let { phone ->
                            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                                val call = stringResource(R.string.call_person, c.name)
                                val text = stringResource(R.string.text_person, c.name)
                                Button(onClick = { onCall(phone) }, modifier = Modifier.semantics { contentDescription = call }) { Text(stringResource(R.string.call)) }
                                OutlinedButton(onClick = { onText(phone) }, modifier = Modifier.semantics { contentDescription = text }) { Text(stringResource(R.string.text)) }
                            }
                        }
                    }
                }
            }
        }
        item { SectionTitle(stringResource(R.string.crisis_lines)) }
        items(state.lines, key = { "line-${it.country}-${it.phone}-${it.name.id}" }) { line ->
            val name = messageText(line.name)
            Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.errorContainer)) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(name, style = MaterialTheme.typography.titleSmall, color = MaterialTheme.colorScheme.onErrorContainer)
                    Text(messageText(line.description), color = MaterialTheme.colorScheme.onErrorContainer)
                    Text(messageText(line.hours), style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onErrorContainer)
                    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Button(onClick = { onCall(line.phone) }) { Text(stringResource(R.string.call_number, line.phone)) }
                        line.text?.let { sms ->
                            val label = stringResource(R.string.text_person, name)
                            OutlinedButton(onClick = { onText(sms) }, modifier = Modifier.semantics { contentDescription = label }) { Text(stringResource(R.string.text)) }
                        }
                    }
                }
            }
        }
        item {
            // Log the SOS; partners who may know are told as soon as the phone is online.
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(stringResource(R.string.sos_tell_hint))
                    Button(
                        onClick = onLogSos,
                        enabled = state.logged != true,
                        colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error, contentColor = MaterialTheme.colorScheme.onError),
                    ) { Text(stringResource(R.string.sos_tell)) }
                    state.logged?.let { Text(stringResource(if (it) R.string.sos_told else R.string.data_failed)) }
                }
            }
        }
        if (state.soon.isNotEmpty()) {
            item { SectionTitle(stringResource(R.string.meetings_soon)) }
            items(state.soon, key = { "soon-${it.id}-${it.startsAt}" }) { m ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Text(m.name, style = MaterialTheme.typography.titleSmall)
                        Text(stringResource(R.string.starts_in, m.minutesUntil.toInt(), m.localStart))
                        m.onlineUrl?.let { url -> OutlinedButton(onClick = { onOpenLink(url) }) { Text(stringResource(R.string.join_online)) } }
                    }
                }
            }
        }

    }
}
