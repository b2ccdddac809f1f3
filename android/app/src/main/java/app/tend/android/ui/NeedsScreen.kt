// Needs and gaps (rendering only): per network, each kind of support the user needs, how much it
// matters, who covers it, and for a gap the core's next step; adding a need (how much it matters
// asked each time), changing and removing one. Coverage and next steps are the core's (coverage).
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
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.AssistChip
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Coverage
import app.tend.core.Importance
import app.tend.core.Network
import app.tend.core.SupportKind

/** One network's needs, as the core covers them. */
data class NetworkNeeds(val network: Network, val coverage: List<Coverage>)

/** A need being set: which network and kind (how much it matters is the answer). */
data class NeedDraft(val networkId: Long, val kind: SupportKind, val current: Importance? = null, val note: String? = null)

data class NeedsState(
    val networks: Loaded<List<NetworkNeeds>> = Loaded.Loading,
    val asking: NeedDraft? = null,
    val working: Boolean = false,
    val failed: Boolean = false,
)

interface NeedsActions {
    fun ask(draft: NeedDraft?)

    fun set(importance: Importance)

    fun remove(
        networkId: Long,
        kind: SupportKind,
    )

    fun openPerson(id: Long)

    fun startNetwork()

    fun openSos()

    fun openData()
}

@Composable
fun NeedsScreen(
    state: NeedsState,
    padding: PaddingValues,
    actions: NeedsActions,
) {
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        if (state.failed) item { Text(stringResource(R.string.data_failed), color = MaterialTheme.colorScheme.error) }
        when (val loaded = state.networks) {
            Loaded.Loading -> {}
            is Loaded.Failed -> item { FailureCard(loaded.failure, actions::openSos, actions::openData) }
            is Loaded.Ready -> {
                if (loaded.value.isEmpty()) {
                    item {
                        IntroCard(R.string.needs_no_network) {
                            OutlinedButton(onClick = actions::startNetwork) { Text(stringResource(R.string.people_start_network)) }
                        }
                    }
                }
                val many = loaded.value.size > 1
                for (group in loaded.value) {
                    if (many) {
                        item(key = "network-${group.network.id}") {
                            Text(group.network.name, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
                        }
                    }
                    if (group.coverage.isEmpty()) item(key = "empty-${group.network.id}") { IntroCard(R.string.needs_empty_body, R.string.needs_empty_title) {} }
                    items(group.coverage, key = { "need-${it.need.id}" }) { NeedCard(it, state.working, actions) }
                    item(key = "add-${group.network.id}") { AddNeed(group, state.working, actions) }
                }
            }
        }
    }
    state.asking?.let { ImportanceDialog(it, state.working, actions) }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun NeedCard(
    c: Coverage,
    working: Boolean,
    actions: NeedsActions,
) {
    val gap = c.coveredBy.isEmpty()
    val colors = if (gap) CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer) else CardDefaults.cardColors()
    val onColor = if (gap) MaterialTheme.colorScheme.onSecondaryContainer else MaterialTheme.colorScheme.onSurface
    val kind = stringResource(supportLabel(c.need.kind))
    Card(Modifier.fillMaxWidth(), colors = colors) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(kind, style = MaterialTheme.typography.titleMedium, color = onColor)
            Text(stringResource(importanceLabel(c.need.importance)), style = MaterialTheme.typography.labelMedium, color = onColor)
            if (gap) {
                Text(stringResource(R.string.need_gap), style = MaterialTheme.typography.bodyMedium, fontWeight = FontWeight.SemiBold, color = onColor)
                // The core's next step, in the app's language.
                c.nextStep?.let { Text(messageText(it), style = MaterialTheme.typography.bodyMedium, color = onColor) }
            } else {
                Text(stringResource(R.string.need_covered_by), style = MaterialTheme.typography.bodyMedium, color = onColor)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    for (p in c.coveredBy) AssistChip(onClick = { actions.openPerson(p.id) }, label = { Text(p.name) })
                }
            }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                val change = stringResource(R.string.need_change_kind, kind)
                val remove = stringResource(R.string.need_remove_kind, kind)
                TextButton(
                    onClick = { actions.ask(NeedDraft(c.need.networkId, c.need.kind, c.need.importance, c.need.note)) },
                    enabled = !working,
                    modifier = Modifier.semantics { contentDescription = change },
                ) { Text(stringResource(R.string.need_change)) }
                TextButton(
                    onClick = { actions.remove(c.need.networkId, c.need.kind) },
                    enabled = !working,
                    modifier = Modifier.semantics { contentDescription = remove },
                ) { Text(stringResource(R.string.need_remove)) }
            }
        }
    }
}

/** The kinds this network has no need for yet, one tap each. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun AddNeed(
    group: NetworkNeeds,
    working: Boolean,
    actions: NeedsActions,
) {
    val set = group.coverage.map { it.need.kind }.toSet()
    val left = SupportKind.entries.filter { it !in set }
    if (left.isEmpty()) return
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(stringResource(R.string.needs_add))
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            for (k in left) {
                val label = stringResource(supportLabel(k))
                val says = stringResource(R.string.needs_add_kind, label)
                AssistChip(
                    onClick = { actions.ask(NeedDraft(group.network.id, k)) },
                    enabled = !working,
                    label = { Text(label) },
                    modifier = Modifier.semantics { contentDescription = says },
                )
            }
        }
    }
}

@Composable
private fun IntroCard(
    body: Int,
    title: Int? = null,
    action: @Composable () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            title?.let { Text(stringResource(it), style = MaterialTheme.typography.titleLarge) }
            Text(stringResource(body))
            action()
        }
    }
}

@Composable
private fun ImportanceDialog(
    draft: NeedDraft,
    working: Boolean,
    actions: NeedsActions,
) {
    AlertDialog(
        onDismissRequest = { actions.ask(null) },
        title = { Text(stringResource(supportLabel(draft.kind))) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(stringResource(R.string.importance_question))
                for (i in Importance.entries) {
                    val label = stringResource(if (i == Importance.ESSENTIAL) R.string.importance_essential_long else R.string.importance_helpful_long)
                    if (draft.current == i) {
                        Button(onClick = { actions.set(i) }, enabled = !working, modifier = Modifier.fillMaxWidth()) { Text(label) }
                    } else {
                        OutlinedButton(onClick = { actions.set(i) }, enabled = !working, modifier = Modifier.fillMaxWidth()) { Text(label) }
                    }
                }
            }
        },
        confirmButton = {},
        dismissButton = { TextButton(onClick = { actions.ask(null) }) { Text(stringResource(R.string.cancel)) } },
    )
}

fun importanceLabel(i: Importance): Int =
    when (i) {
        Importance.ESSENTIAL -> R.string.importance_essential
        Importance.HELPFUL -> R.string.importance_helpful
    }
