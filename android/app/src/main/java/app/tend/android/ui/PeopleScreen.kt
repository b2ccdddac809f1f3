// The People list (rendering only): the people of the current network (or all), in the order the
// core gives (most overdue first, avoided last), each saying in plain words where things stand;
// "Add someone", adding from the phone's contacts with who they are to the user, and an empty
// state that shows the way in. The words for a standing are chosen here; which standing, the
// days and the order are the core's (peopleOverview).
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.ExtendedFloatingActionButton
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role as SemanticsRole
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.ContactsReport
import app.tend.core.Network
import app.tend.core.PersonSummary
import app.tend.core.Role
import app.tend.core.Standing

/** Adding from contacts: the picked cards wait here while the user says who they are. */
data class ContactImport(
    val vcards: String,
    val role: Role? = null,
    /** The network they join (the current one, or the one picked under "All networks"). */
    val networkId: Long? = null,
)

data class PeopleState(
    val people: Loaded<List<PersonSummary>> = Loaded.Loading,
    /** The networks there are: adding from contacts needs one to add them to. */
    val networks: List<Network> = emptyList(),
    /** The network shown, null for all. */
    val networkId: Long? = null,
    val importing: ContactImport? = null,
    val report: ContactsReport? = null,
    /** Adding from contacts failed (nothing was changed). */
    val importFailed: Boolean = false,
    val working: Boolean = false,
)

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun PeopleScreen(
    state: PeopleState,
    padding: PaddingValues,
    onOpen: (Long) -> Unit,
    onAdd: () -> Unit,
    onAddFromContacts: () -> Unit,
    onStartNetwork: () -> Unit,
    onImport: (ContactImport?) -> Unit,
    onConfirmImport: () -> Unit,
    onDismissReport: () -> Unit,
    onOpenSos: () -> Unit,
    onOpenData: () -> Unit,
) {
    val people = (state.people as? Loaded.Ready)?.value
    Box(Modifier.fillMaxSize().padding(padding)) {
        LazyColumn(
            Modifier.fillMaxSize(),
            // Room below the last row for the floating button.
            contentPadding = PaddingValues(start = 16.dp, top = 16.dp, end = 16.dp, bottom = 96.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            state.report?.let { r -> item { ImportReportCard(r, onDismissReport) } }
            if (state.importFailed) item { Text(stringResource(R.string.data_failed), color = MaterialTheme.colorScheme.error) }
            when (val loaded = state.people) {
                Loaded.Loading -> {}
                is Loaded.Failed -> item { FailureCard(loaded.failure, onOpenSos, onOpenData) }
                is Loaded.Ready ->
                    if (loaded.value.isEmpty()) {
                        item { EmptyPeople(state.networks.isNotEmpty(), state.working, onAdd, onAddFromContacts, onStartNetwork) }
                    } else {
                        if (state.networks.isNotEmpty()) {
                            item {
                                OutlinedButton(onClick = onAddFromContacts, enabled = !state.working) {
                                    Text(stringResource(R.string.people_add_from_contacts))
                                }
                            }
                        }
                        items(loaded.value, key = { it.person.id }) { s -> PersonRow(s, onOpen) }
                    }
            }
        }
        if (!people.isNullOrEmpty()) {
            ExtendedFloatingActionButton(
                onClick = onAdd,
                modifier = Modifier.align(Alignment.BottomEnd).padding(16.dp),
            ) { Text(stringResource(R.string.people_add)) }
        }
    }
    state.importing?.let { ImportDialog(it, state.networks, state.networkId, onImport, onConfirmImport) }
}

@Composable
private fun PersonRow(
    s: PersonSummary,
    onOpen: (Long) -> Unit,
) {
    val avoided = s.standing == Standing.AVOIDED
    val colors =
        if (avoided) {
            CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.surfaceVariant)
        } else {
            CardDefaults.cardColors()
        }
    Card(onClick = { onOpen(s.person.id) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp), colors = colors) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(s.person.name, style = MaterialTheme.typography.titleMedium)
            Text(stringResource(roleLabel(s.person.role)), style = MaterialTheme.typography.bodySmall)
            StandingLines(s)
        }
    }
}

/** Where things stand, warmly: the core's standing and days in words. */
@Composable
fun StandingLines(s: PersonSummary) {
    val name = s.person.name
    val since = s.daysSinceContact?.toInt()
    val due = s.dueInDays?.toInt()
    val emphasis = MaterialTheme.typography.bodyLarge
    when (s.standing) {
        Standing.OVERDUE ->
            // The days since they last talked say it; "overdue" would only blame.
            Text(
                if (since == null) stringResource(R.string.due_never, name) else pluralStringResource(R.plurals.due_days, since, name, since),
                style = emphasis,
                color = MaterialTheme.colorScheme.primary,
            )
        Standing.DUE_TODAY -> {
            Text(stringResource(R.string.standing_due_today), style = emphasis, color = MaterialTheme.colorScheme.primary)
            LastTalked(since)
        }
        Standing.SOON -> {
            Text(pluralStringResource(R.plurals.standing_soon, due ?: 0, due ?: 0), style = emphasis)
            LastTalked(since)
        }
        Standing.FINE -> {
            LastTalked(since)
            Text(pluralStringResource(R.plurals.standing_fine, due ?: 0, due ?: 0), style = MaterialTheme.typography.bodySmall)
        }
        Standing.NO_RHYTHM -> {
            LastTalked(since)
            Text(stringResource(R.string.standing_no_rhythm), style = MaterialTheme.typography.bodySmall)
        }
        Standing.AVOIDED -> Text(stringResource(R.string.standing_avoided), color = MaterialTheme.colorScheme.onSurfaceVariant)
    }
}

@Composable
private fun LastTalked(days: Int?) {
    Text(
        when (days) {
            null -> stringResource(R.string.last_talked_never)
            0 -> stringResource(R.string.last_talked_today)
            else -> pluralStringResource(R.plurals.last_talked_days, days, days)
        },
    )
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun EmptyPeople(
    hasNetwork: Boolean,
    working: Boolean,
    onAdd: () -> Unit,
    onAddFromContacts: () -> Unit,
    onStartNetwork: () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
            Text(stringResource(R.string.people_empty_title), style = MaterialTheme.typography.titleLarge)
            Text(stringResource(R.string.people_empty_body))
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                if (hasNetwork) Button(onClick = onAddFromContacts, enabled = !working) { Text(stringResource(R.string.people_add_from_contacts)) }
                OutlinedButton(onClick = onAdd) { Text(stringResource(R.string.people_add_by_hand)) }
            }
            if (!hasNetwork) {
                Text(stringResource(R.string.people_need_network), style = MaterialTheme.typography.bodySmall)
                OutlinedButton(onClick = onStartNetwork) { Text(stringResource(R.string.people_start_network)) }
            }
        }
    }
}

@Composable
private fun ImportReportCard(
    r: ContactsReport,
    onDismiss: () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            val color = MaterialTheme.colorScheme.onSecondaryContainer
            val lines =
                listOf(R.plurals.import_created to r.created, R.plurals.import_updated to r.updated, R.plurals.import_unchanged to r.unchanged)
                    .filter { it.second > 0u }
            for ((id, n) in lines) Text(pluralStringResource(id, n.toInt(), n.toInt()), color = color)
            if (r.skipped.isNotEmpty()) Text(pluralStringResource(R.plurals.import_skipped, r.skipped.size, r.skipped.size), color = color)
            if (r.dropped.isNotEmpty()) Text(stringResource(R.string.import_dropped), color = color)
            TextButton(onClick = onDismiss) { Text(stringResource(R.string.people_ok)) }
        }
    }
}

/** Who the picked contacts are to the user (and, under "All networks", where they go). */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun ImportDialog(
    draft: ContactImport,
    networks: List<Network>,
    current: Long?,
    onChange: (ContactImport?) -> Unit,
    onConfirm: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = { onChange(null) },
        title = { Text(stringResource(R.string.import_role_question)) },
        text = {
            Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (role in Role.entries) {
                        FilterChip(
                            selected = draft.role == role,
                            onClick = { onChange(draft.copy(role = role)) },
                            label = { Text(stringResource(roleLabel(role))) },
                        )
                    }
                }
                if (current == null && networks.size > 1) {
                    SectionTitle(stringResource(R.string.import_network_question))
                    for (n in networks) {
                        Row48(selected = draft.networkId == n.id, onClick = { onChange(draft.copy(networkId = n.id)) }) {
                            RadioButton(selected = draft.networkId == n.id, onClick = null)
                            Text(n.name, Modifier.padding(start = 8.dp))
                        }
                    }
                }
            }
        },
        confirmButton = {
            TextButton(onClick = onConfirm, enabled = draft.role != null && draft.networkId != null) { Text(stringResource(R.string.import_add)) }
        },
        dismissButton = { TextButton(onClick = { onChange(null) }) { Text(stringResource(R.string.cancel)) } },
    )
}

/** A whole row that selects, at least 48 dp tall (a radio button and its words). */
@Composable
fun Row48(
    selected: Boolean,
    onClick: () -> Unit,
    content: @Composable () -> Unit,
) {
    androidx.compose.foundation.layout.Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(selected = selected, onClick = onClick, role = SemanticsRole.RadioButton),
        verticalAlignment = Alignment.CenterVertically,
    ) { content() }
}
