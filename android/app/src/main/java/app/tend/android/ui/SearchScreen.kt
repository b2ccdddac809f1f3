// Find a meeting (rendering only): first the public meeting lists (MeetingListsCard: the lists for
// where the user is, or theirs with "updated 3 days ago" and Refresh, also by pulling down), then
// filters, "near me" (location asked for only on that tap), results from the core's directory
// under the lists they came from, and Join. Decisions in logic/MeetingSearch.kt and
// logic/MeetingSources.kt; the search, distances and day rules are the core's.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.pulltorefresh.PullToRefreshBox
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.DayChoice
import app.tend.android.logic.MeetingSearch
import app.tend.android.logic.SearchForm
import app.tend.core.DirectoryMeeting
import app.tend.core.MeetingTypeName
import app.tend.core.Network

data class SearchState(
    val form: SearchForm = SearchForm(),
    /** The form field the core would refuse ("from", "to"), marked in red. */
    val invalid: String? = null,
    val results: List<DirectoryMeeting> = emptyList(),
    /** Each result's type names in the phone's language, by result key. */
    val typeNames: Map<String, String> = emptyMap(),
    /** A message instead of or above the results (a string resource). */
    val note: Int? = null,
    val filters: List<MeetingTypeName> = emptyList(),
    val networks: List<Network> = emptyList(),
    /** Which network a joined meeting goes to, when there are several. */
    val picked: Long? = null,
    /** The meeting-type chips are unfolded. */
    val showTypes: Boolean = false,
    /** The public meeting lists in use (MeetingSourcesScreen.kt). */
    val lists: ListsSummary = ListsSummary(),
)

/** A result's identity in the list (a meeting can be listed on several days). */
fun resultKey(m: DirectoryMeeting): String = "${m.id}-${m.weekday}-${m.time}"

@OptIn(ExperimentalLayoutApi::class, ExperimentalMaterial3Api::class)
@Composable
fun SearchScreen(
    state: SearchState,
    padding: PaddingValues,
    onForm: (SearchForm) -> Unit,
    onSearch: () -> Unit,
    onNearMe: () -> Unit,
    onPickNetwork: (Long) -> Unit,
    onJoin: (DirectoryMeeting) -> Unit,
    onShowTypes: (Boolean) -> Unit,
    onLists: (ListsEntry) -> Unit = {},
    onRefreshLists: () -> Unit = {},
) {
    val form = state.form
    // Pulling down refreshes the lists in use (the card's Refresh does the same, for TalkBack).
    PullToRefreshBox(
        isRefreshing = state.lists.refreshing,
        onRefresh = { if (state.lists.inUse.isNotEmpty()) onRefreshLists() },
        modifier = Modifier.fillMaxSize().padding(padding),
    ) {
        LazyColumn(
            Modifier.fillMaxSize(),
            contentPadding = PaddingValues(16.dp),
            verticalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            item { MeetingListsCard(state.lists, onLists, onRefreshLists) }
            item {
                OutlinedTextField(
                    form.text,
                    { onForm(form.copy(text = it)) },
                    label = { Text(stringResource(R.string.search_text)) },
                    singleLine = true,
                    modifier = Modifier.fillMaxWidth(),
                )
            }
            item {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Button(onClick = onSearch) { Text(stringResource(R.string.search_button)) }
                    OutlinedButton(onClick = onNearMe) { Text(stringResource(R.string.near_me)) }
                }
            }
            item {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for ((choice, label) in listOf(DayChoice.Any to R.string.any_day, DayChoice.Today to R.string.today, DayChoice.Tomorrow to R.string.tomorrow)) {
                        FilterChip(selected = form.day == choice, onClick = { onForm(form.copy(day = choice)) }, label = { Text(stringResource(label)) })
                    }
                }
            }
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    OutlinedTextField(form.from, { onForm(form.copy(from = it)) }, label = { Text(stringResource(R.string.from_time)) }, placeholder = { Text(stringResource(R.string.time_hint)) }, isError = state.invalid == "from", singleLine = true, modifier = Modifier.weight(1f))
                    OutlinedTextField(form.to, { onForm(form.copy(to = it)) }, label = { Text(stringResource(R.string.to_time)) }, placeholder = { Text(stringResource(R.string.time_hint)) }, isError = state.invalid == "to", singleLine = true, modifier = Modifier.weight(1f))
                }
            }
            item {
                // The whole row toggles, so TalkBack reads the label with the box.
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = form.online, role = Role.Checkbox, onValueChange = { onForm(form.copy(online = it)) }),
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Checkbox(checked = form.online, onCheckedChange = null)
                    Text(stringResource(R.string.online_only), Modifier.padding(start = 8.dp))
                }
            }
            if (state.filters.isNotEmpty()) {
                // The core's type list is long: folded away until asked for, so results stay near.
                item {
                    TextButton(onClick = { onShowTypes(!state.showTypes) }) {
                        Text(stringResource(if (state.showTypes) R.string.types_hide else R.string.types_show, form.types.size))
                    }
                }
            }
            if (state.filters.isNotEmpty() && state.showTypes) {
                item {
                    // The core's filter list, named in the phone's language.
                    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        for (t in state.filters) {
                            FilterChip(selected = t.code in form.types, onClick = { onForm(MeetingSearch.toggleType(form, t.code)) }, label = { Text(t.name) })
                        }
                    }
                }
            }
            if (state.networks.size > 1) {
                // Where a joined meeting goes.
                item { Text(stringResource(R.string.join_into), style = MaterialTheme.typography.labelLarge) }
                item {
                    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        for (n in state.networks) {
                            FilterChip(selected = state.picked == n.id, onClick = { onPickNetwork(n.id) }, label = { Text(n.name) })
                        }
                    }
                }
            }
            state.note?.let { item { Text(stringResource(it)) } }
            if (state.results.isNotEmpty()) item { ResultsFrom(state.results.map { it.feed }, state.lists) }
            items(state.results, key = ::resultKey) { m ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                        Text(m.name, style = MaterialTheme.typography.titleSmall)
                        Text(MeetingSearch.details(m), style = MaterialTheme.typography.bodySmall)
                        state.typeNames[resultKey(m)]?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                        if (m.joinedGroupId == null) {
                            OutlinedButton(onClick = { onJoin(m) }) { Text(stringResource(R.string.join)) }
                        } else {
                            Text(stringResource(R.string.joined), style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
                        }
                    }
                }
            }
        }
    }
}
