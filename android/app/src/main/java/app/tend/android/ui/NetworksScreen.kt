// More → Networks: the parts of life the user keeps a network for (recovery, a career change…):
// add one, rename it, show it in People and Progress, or remove it — after saying what goes with it
// (its needs and goals) and what stays (its people and groups), in the core's own counts.
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
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Message
import app.tend.core.Network
import app.tend.core.NetworkInput
import app.tend.core.NetworkRemoval
import app.tend.core.TendException
import kotlinx.coroutines.launch
import java.time.LocalDate

/** The form for a new network or a renamed one; `field` and `error` are the core's refusal. */
data class NetworkForm(
    val editing: Long? = null,
    val name: String = "",
    val focus: String = "",
    /** Count days (and milestones) from today; only asked for a new network. */
    val countFromToday: Boolean = true,
    val field: String? = null,
    /** The core's refusal (null with a field of "": a failure no field names). */
    val error: Message? = null,
)

data class NetworksState(
    val networks: Loaded<List<Network>> = Loaded.Loading,
    val current: Long? = null,
    val form: NetworkForm? = null,
    /** The removal the user is asked to confirm, with what it takes. */
    val removing: NetworkRemoval? = null,
)

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun NetworksScreen(
    state: NetworksState,
    padding: PaddingValues,
    onAdd: () -> Unit,
    onEdit: (Network) -> Unit,
    onShow: (Network) -> Unit,
    onAskRemove: (Network) -> Unit,
    onForm: (NetworkForm?) -> Unit,
    onSave: () -> Unit,
    onConfirmRemove: (Boolean) -> Unit,
) {
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        item { Text(stringResource(R.string.networks_intro)) }
        item { Button(onClick = onAdd, modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.network_add)) } }
        when (val n = state.networks) {
            Loaded.Loading -> {}
            is Loaded.Failed -> item { Text(stringResource(R.string.cannot_read)) }
            is Loaded.Ready ->
                items(n.value, key = { it.id }) { net ->
                    Card(Modifier.fillMaxWidth()) {
                        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                            Text(net.name, style = MaterialTheme.typography.titleMedium)
                            net.focus?.let { Text(it) }
                            net.since?.let { Text(stringResource(R.string.network_since, localDate(it)), style = MaterialTheme.typography.bodySmall) }
                            if (net.id == state.current) Text(stringResource(R.string.network_showing), style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
                            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                                if (net.id != state.current) Button(onClick = { onShow(net) }) { Text(stringResource(R.string.network_show)) }
                                OutlinedButton(onClick = { onEdit(net) }) { Text(stringResource(R.string.network_rename)) }
                                TextButton(onClick = { onAskRemove(net) }) { Text(stringResource(R.string.network_remove)) }
                            }
                        }
                    }
                }
        }
    }
    state.form?.let { form -> NetworkDialog(form, onForm, onSave) }
    state.removing?.let { r ->
        AlertDialog(
            onDismissRequest = { onConfirmRemove(false) },
            title = { Text(stringResource(R.string.network_remove_title, r.network.name)) },
            text = { Text(removalText(r)) },
            confirmButton = { TextButton(onClick = { onConfirmRemove(true) }) { Text(stringResource(R.string.network_remove_confirm)) } },
            dismissButton = { TextButton(onClick = { onConfirmRemove(false) }) { Text(stringResource(R.string.keep_it)) } },
        )
    }
}

/** What goes and what stays, each a sentence of its own, only for what there is. */
@Composable
private fun removalText(r: NetworkRemoval): String {
    val needs = r.needs.toInt()
    val goals = r.goals.toInt()
    val people = r.members.toInt()
    val groups = r.groups.toInt()
    val lines =
        listOfNotNull(
            if (needs > 0) pluralStringResource(R.plurals.removal_needs, needs, needs) else null,
            if (goals > 0) pluralStringResource(R.plurals.removal_goals, goals, goals) else null,
            if (needs == 0 && goals == 0) stringResource(R.string.removal_nothing) else null,
            if (people > 0) pluralStringResource(R.plurals.removal_people, people, people) else null,
            if (groups > 0) pluralStringResource(R.plurals.removal_groups, groups, groups) else null,
            stringResource(R.string.removal_final),
        )
    return lines.joinToString("\n")
}

@Composable
private fun NetworkDialog(
    form: NetworkForm,
    onForm: (NetworkForm?) -> Unit,
    onSave: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = { onForm(null) },
        title = { Text(stringResource(if (form.editing == null) R.string.network_add else R.string.network_rename)) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                OutlinedTextField(
                    value = form.name,
                    onValueChange = { onForm(form.copy(name = it, field = null, error = null)) },
                    label = { Text(stringResource(R.string.network_name)) },
                    supportingText = { Text(if (form.field == "network name") refusalWords(form.error) else stringResource(R.string.network_name_hint)) },
                    isError = form.field == "network name",
                    singleLine = true,
                    modifier = Modifier.fillMaxWidth(),
                )
                OutlinedTextField(
                    value = form.focus,
                    onValueChange = { onForm(form.copy(focus = it, field = null, error = null)) },
                    label = { Text(stringResource(R.string.network_focus)) },
                    supportingText = { if (form.field == "focus") Text(refusalWords(form.error)) },
                    isError = form.field == "focus",
                    modifier = Modifier.fillMaxWidth(),
                )
                if (form.editing == null) {
                    Row(
                        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(form.countFromToday, role = Role.Checkbox) { onForm(form.copy(countFromToday = it)) },
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        Checkbox(checked = form.countFromToday, onCheckedChange = null)
                        Text(stringResource(R.string.network_count_days), Modifier.padding(start = 8.dp))
                    }
                }
                if (form.field != null && form.field != "network name" && form.field != "focus") Text(refusalWords(form.error), color = MaterialTheme.colorScheme.error)
            }
        },
        confirmButton = { TextButton(onClick = onSave) { Text(stringResource(R.string.save)) } },
        dismissButton = { TextButton(onClick = { onForm(null) }) { Text(stringResource(R.string.cancel)) } },
    )
}

/** What the core refused, as the form shows it: the field it names and its message ("" and null: nothing to name). */
fun refusal(e: Throwable): Pair<String, Message?> =
    when (e) {
        is TendException.InvalidInput -> e.field to e.problem
        else -> "" to null
    }

/** A refusal in the app's language; a failure the core did not explain says so plainly. */
@Composable
fun refusalWords(problem: Message?): String = problem?.let { messageText(it) } ?: stringResource(R.string.data_failed)

@Composable
fun NetworksRoute(
    host: TendHost,
    padding: PaddingValues,
    current: Long?,
    onChanged: () -> Unit,
    onPick: (Long?) -> Unit,
) {
    var state by remember { mutableStateOf(NetworksState(current = current)) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        state = state.copy(networks = load(host) { it.networks() })
    }
    LaunchedEffect(Unit) { reload() }
    NetworksScreen(
        state.copy(current = current),
        padding,
        onAdd = { state = state.copy(form = NetworkForm()) },
        onEdit = { n -> state = state.copy(form = NetworkForm(editing = n.id, name = n.name, focus = n.focus.orEmpty(), countFromToday = false)) },
        onShow = { onPick(it.id) },
        onAskRemove = { n ->
            scope.launch { state = state.copy(removing = (load(host) { it.networkRemoval(n.id) } as? Loaded.Ready)?.value) }
        },
        onForm = { state = state.copy(form = it) },
        onSave = {
            val form = state.form ?: return@NetworksScreen
            scope.launch {
                val input = NetworkInput(form.name, form.focus.ifBlank { null }, if (form.editing == null && form.countFromToday) LocalDate.now().toString() else state.networks.sinceOf(form.editing))
                val saved = runCatching { kotlinx.coroutines.withContext(kotlinx.coroutines.Dispatchers.IO) { host.store().let { s -> form.editing?.let { s.updateNetwork(it, input) } ?: s.addNetwork(input) } } }
                saved.onSuccess { n ->
                    state = state.copy(form = null)
                    if (form.editing == null) onPick(n.id)
                    onChanged()
                    reload()
                }.onFailure { e ->
                    val (field, reason) = refusal(e)
                    state = state.copy(form = form.copy(field = field, error = reason))
                }
            }
        },
        onConfirmRemove = { yes ->
            val r = state.removing
            state = state.copy(removing = null)
            if (yes && r != null) {
                scope.launch {
                    load(host) { it.removeNetwork(r.network.id) }
                    host.replan() // its goals' reminders go with it
                    onChanged()
                    reload()
                }
            }
        },
    )
}

/** A renamed network keeps the day it counts from. */
private fun Loaded<List<Network>>.sinceOf(id: Long?): String? = (this as? Loaded.Ready)?.value?.firstOrNull { it.id == id }?.since
