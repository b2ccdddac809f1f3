// Find a meeting's public meeting lists (rendering only): the lists in use with "updated 3 days
// ago" and the last failure in warm words, a switch to stop using each, pull (or tap) to refresh,
// the daily refresh's network choice; the lists for where the user is (location used once, on
// the phone) or for a region they choose, each turned on after the sentence about what its server
// will learn; adding a list by its web address. Also the card that opens Search and the "from
// which list, updated when" lines above the results. Decisions in logic/MeetingSources.kt; the
// fetching is the core's, called by MeetingSourcesRoute.kt off the main thread.
package app.tend.android.ui

import androidx.compose.foundation.clickable
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
import androidx.compose.foundation.lazy.rememberLazyListState
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.pulltorefresh.PullToRefreshBox
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.MeetingSources
import app.tend.android.logic.RefreshNetwork
import app.tend.android.logic.SourceLine
import app.tend.android.logic.SourceRegion
import app.tend.core.GeoPoint
import app.tend.core.MeetingSource
import java.time.Instant

/** How the meeting-lists page (Destination.MeetingLists) was opened from Search's card. */
enum class ListsEntry { LOCATE, REGION, MANAGE }

/** Which place the offered lists are for. */
sealed class ListsPlace {
    object None : ListsPlace()

    /** The phone's position, read once; used here only, never sent. */
    data class Here(val point: GeoPoint) : ListsPlace()

    data class Region(val region: SourceRegion) : ListsPlace()
}

data class MeetingSourcesState(
    val inUse: List<MeetingSource> = emptyList(),
    /** The catalog's lists for [place], not yet in use. */
    val offered: List<MeetingSource> = emptyList(),
    val place: ListsPlace = ListsPlace.None,
    /** The regions to pick from, shown while [choosingRegion]. */
    val regions: List<SourceRegion> = emptyList(),
    val choosingRegion: Boolean = false,
    /** The add field, as typed. */
    val address: String = "",
    /** What the last action came to, in the logic's words. */
    val message: SourceLine? = null,
    /** Why there is no place (a string resource): location denied or unknown. */
    val note: Int? = null,
    /** A fetch is under way (each is bounded, at most about a minute and a half). */
    val working: Boolean = false,
    val network: RefreshNetwork = RefreshNetwork.WIFI_ONLY,
    /** The list whose server is about to be asked for the first time: the sentence first. */
    val confirming: MeetingSource? = null,
    /** The store could not be read. */
    val failed: Boolean = false,
    /** The instant "updated 3 days ago" counts from. */
    val now: Instant = Instant.EPOCH,
)

/** What the user can do on the meeting-lists page. */
interface MeetingSourcesActions {
    fun locate()

    fun chooseRegion()

    fun pickRegion(region: SourceRegion)

    /** Turn an offered list on: asks first, with what its server will learn. */
    fun ask(source: MeetingSource)

    fun use(source: MeetingSource)

    fun dismiss()

    /** The last change's message was read. */
    fun clearMessage()

    /** Turn a list in use off. */
    fun remove(source: MeetingSource)

    fun address(text: String)

    fun add()

    fun refresh()

    fun network(network: RefreshNetwork)
}

/** The lists in use as Search shows them: a card above the form, a line under each result. */
data class ListsSummary(
    val inUse: List<MeetingSource> = emptyList(),
    /** False until the store answered (no card flashes in before that). */
    val loaded: Boolean = false,
    val refreshing: Boolean = false,
    val message: SourceLine? = null,
    val now: Instant = Instant.EPOCH,
)

/** A logic line in words: its string resource, with its argument (or the core's refusal, worded) when it has one. */
@Composable
fun sourceText(line: SourceLine): String {
    val arg = line.problem?.let { messageText(it) } ?: line.arg
    return arg?.let { stringResource(stringRes(line.key), it) } ?: stringResource(stringRes(line.key))
}

/** "AA · New York City": the fellowship and, for the catalog's lists, the region. */
private fun kindLine(source: MeetingSource): String = listOfNotNull(source.fellowship, source.region).joinToString(" · ")

@OptIn(ExperimentalMaterial3Api::class, ExperimentalLayoutApi::class)
@Composable
fun MeetingSourcesScreen(
    state: MeetingSourcesState,
    padding: PaddingValues,
    actions: MeetingSourcesActions,
) {
    Column(Modifier.fillMaxSize().padding(padding)) {
        // What is under way, and what the last change came to, stay in view however far down
        // the change was made (adding a list is at the bottom of the page).
        if (state.working || state.message != null) {
            Column(Modifier.padding(start = 16.dp, end = 16.dp, top = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                if (state.working) Working()
                state.message?.let { Message(sourceText(it), actions::clearMessage) }
            }
        }
        // The bar above says a fetch is under way; the pull's own spinner would say it twice.
        PullToRefreshBox(isRefreshing = false, onRefresh = actions::refresh, modifier = Modifier.weight(1f).fillMaxWidth()) {
            SourcesList(state, actions)
        }
    }
    state.confirming?.let { source ->
        AlertDialog(
            onDismissRequest = actions::dismiss,
            title = { Text(source.name) },
            text = { Text(sourceText(MeetingSources.whatServerLearns(source))) },
            confirmButton = { Button(onClick = { actions.use(source) }) { Text(stringResource(R.string.meeting_source_use)) } },
            dismissButton = { TextButton(onClick = actions::dismiss) { Text(stringResource(R.string.meeting_source_not_now)) } },
        )
    }
}

@Composable
private fun SourcesList(
    state: MeetingSourcesState,
    actions: MeetingSourcesActions,
) {
    val list = rememberLazyListState()
    // A list taken into use (often from the bottom of the page) is shown where it now is: at the top.
    LaunchedEffect(state.inUse.map { it.id }) { list.animateScrollToItem(0) }
    LazyColumn(
        Modifier.fillMaxSize(),
        state = list,
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        if (state.failed) item { Text(stringResource(R.string.cannot_read)) }
        if (state.inUse.isNotEmpty()) {
            item { SectionTitle(stringResource(R.string.meeting_sources_in_use)) }
            items(state.inUse, key = { "in-use-" + it.id }) { source -> InUseCard(source, state.now, state.working, actions) }
            item {
                OutlinedButton(onClick = actions::refresh, enabled = !state.working) { Text(stringResource(R.string.meeting_sources_refresh_all)) }
            }
            item { NetworkChoice(state.network, actions) }
        }
        item { PlaceSection(state, actions) }
        items(state.offered, key = { "offered-" + it.id }) { source -> OfferedCard(source, state.place, state.working, actions) }
        item { AddSection(state, actions) }
    }
}

/** A fetch is under way: said in words (TalkBack reads it as it appears), not only a bar. */
@Composable
private fun Working() {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        LinearProgressIndicator(Modifier.fillMaxWidth())
        Text(stringResource(R.string.meeting_sources_working), Modifier.semantics { liveRegion = LiveRegionMode.Polite })
    }
}

/** What the last change came to, on a calm surface (a failure is not an alarm), until read. */
@Composable
private fun Message(
    text: String,
    onDismiss: () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer)) {
        Column(Modifier.padding(start = 16.dp, end = 8.dp, top = 12.dp, bottom = 4.dp)) {
            Text(text, Modifier.padding(end = 8.dp).semantics { liveRegion = LiveRegionMode.Polite }, color = MaterialTheme.colorScheme.onSecondaryContainer)
            TextButton(onClick = onDismiss, modifier = Modifier.align(Alignment.End)) { Text(stringResource(R.string.meeting_sources_ok)) }
        }
    }
}

/** The list's name and kind, and its switch: the whole row toggles, so TalkBack reads them together. */
@Composable
private fun SwitchRow(
    source: MeetingSource,
    on: Boolean,
    enabled: Boolean,
    onChange: () -> Unit,
) {
    Row(
        Modifier
            .fillMaxWidth()
            .heightIn(min = 48.dp)
            .toggleable(value = on, enabled = enabled, role = Role.Switch, onValueChange = { onChange() }),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Column(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(2.dp)) {
            Text(source.name, style = MaterialTheme.typography.titleMedium)
            Text(kindLine(source), style = MaterialTheme.typography.bodySmall)
        }
        Switch(checked = on, onCheckedChange = null, enabled = enabled)
    }
}

@Composable
private fun InUseCard(
    source: MeetingSource,
    now: Instant,
    working: Boolean,
    actions: MeetingSourcesActions,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            SwitchRow(source, on = true, enabled = !working) { actions.remove(source) }
            Freshness(source, now)
            Failure(source, now)
        }
    }
}

/** "1,250 meetings · Updated 3 days ago". */
@Composable
private fun Freshness(
    source: MeetingSource,
    now: Instant,
) {
    val count = source.status?.meetings?.toInt() ?: 0
    val fresh = sourceText(MeetingSources.freshness(source, now))
    Text(pluralStringResource(R.plurals.meeting_source_meetings, count, count) + " · " + fresh, style = MaterialTheme.typography.bodyMedium)
}

/** The last refresh's failure in plain words, and when it was tried; the last good list stays. */
@Composable
private fun Failure(
    source: MeetingSource,
    now: Instant,
) {
    val failure = MeetingSources.failure(source, now) ?: return
    Surface(color = MaterialTheme.colorScheme.secondaryContainer, shape = RoundedCornerShape(8.dp), modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(sourceText(failure), color = MaterialTheme.colorScheme.onSecondaryContainer)
            MeetingSources.failedWhen(source, now)?.let { at ->
                Text(
                    stringResource(R.string.meeting_source_last_tried, sourceText(at)),
                    style = MaterialTheme.typography.bodySmall,
                    color = MaterialTheme.colorScheme.onSecondaryContainer,
                )
            }
        }
    }
}

@Composable
private fun NetworkChoice(
    network: RefreshNetwork,
    actions: MeetingSourcesActions,
) {
    val wifiOnly = network == RefreshNetwork.WIFI_ONLY
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Row(
            Modifier
                .fillMaxWidth()
                .heightIn(min = 48.dp)
                .toggleable(
                    value = wifiOnly,
                    role = Role.Switch,
                    onValueChange = { actions.network(if (it) RefreshNetwork.WIFI_ONLY else RefreshNetwork.ANY) },
                ),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            Text(stringResource(R.string.meeting_source_refresh_wifi_only), Modifier.weight(1f))
            Switch(checked = wifiOnly, onCheckedChange = null)
        }
        if (!wifiOnly) Text(stringResource(R.string.meeting_source_refresh_any_network), style = MaterialTheme.typography.bodySmall)
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun PlaceSection(
    state: MeetingSourcesState,
    actions: MeetingSourcesActions,
) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        when (val place = state.place) {
            is ListsPlace.Region -> SectionTitle(stringResource(R.string.meeting_sources_for_region, place.region.name))
            else -> SectionTitle(stringResource(R.string.meeting_sources_title))
        }
        if (state.place == ListsPlace.None) Text(stringResource(R.string.meeting_sources_intro))
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            if (state.place !is ListsPlace.Here) {
                Button(onClick = actions::locate, enabled = !state.working) { Text(stringResource(R.string.meeting_sources_use_location)) }
            }
            if (!state.choosingRegion) {
                val label = if (state.place is ListsPlace.Region) R.string.meeting_sources_pick_other_region else R.string.meeting_sources_pick_region
                OutlinedButton(onClick = actions::chooseRegion) { Text(stringResource(label)) }
            }
        }
        state.note?.let { Text(stringResource(it)) }
        if (state.choosingRegion && state.regions.isNotEmpty()) {
            Text(stringResource(R.string.meeting_sources_regions), style = MaterialTheme.typography.labelLarge)
            // A plain list: region names are long ("New York City, Long Island and the lower
            // Hudson Valley"), and each row is a whole-width target.
            Column {
                for (r in state.regions) {
                    Row(
                        Modifier
                            .fillMaxWidth()
                            .heightIn(min = 48.dp)
                            .clickable(role = Role.Button) { actions.pickRegion(r) }
                            .padding(vertical = 8.dp),
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        Text(r.name, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.primary)
                    }
                    HorizontalDivider()
                }
            }
        }
        if (state.place != ListsPlace.None && state.offered.isEmpty() && !state.working) {
            Text(stringResource(R.string.meeting_sources_none_here))
        }
    }
}

@Composable
private fun OfferedCard(
    source: MeetingSource,
    place: ListsPlace,
    working: Boolean,
    actions: MeetingSourcesActions,
) {
    val usable = MeetingSources.canUse(source, (place as? ListsPlace.Here)?.point)
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            SwitchRow(source, on = false, enabled = usable && !working) { actions.ask(source) }
            if (!usable) Text(stringResource(R.string.meeting_source_needs_location), style = MaterialTheme.typography.bodySmall)
        }
    }
}

@Composable
private fun AddSection(
    state: MeetingSourcesState,
    actions: MeetingSourcesActions,
) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(stringResource(R.string.meeting_source_add))
        Text(sourceText(MeetingSources.whatAddedServerLearns()), style = MaterialTheme.typography.bodySmall)
        OutlinedTextField(
            value = state.address,
            onValueChange = actions::address,
            label = { Text(stringResource(R.string.meeting_source_address)) },
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Uri, imeAction = ImeAction.Done),
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        Button(onClick = actions::add, enabled = state.address.isNotBlank() && !state.working) { Text(stringResource(R.string.meeting_source_add_button)) }
    }
}

/**
 * Search's first card: with no list in use, the lists for where the user is (location once) or a
 * region; with lists in use, each one's freshness, Refresh, and the way to change them.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun MeetingListsCard(
    summary: ListsSummary,
    onLists: (ListsEntry) -> Unit,
    onRefresh: () -> Unit,
) {
    if (!summary.loaded) return
    val colors =
        if (summary.inUse.isEmpty()) {
            CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer, contentColor = MaterialTheme.colorScheme.onPrimaryContainer)
        } else {
            CardDefaults.cardColors()
        }
    Card(Modifier.fillMaxWidth(), colors = colors) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            if (summary.inUse.isEmpty()) {
                SectionTitle(stringResource(R.string.meeting_sources_title))
                Text(stringResource(R.string.meeting_sources_intro))
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Button(onClick = { onLists(ListsEntry.LOCATE) }) { Text(stringResource(R.string.meeting_sources_use_location)) }
                    OutlinedButton(onClick = { onLists(ListsEntry.REGION) }) { Text(stringResource(R.string.meeting_sources_pick_region)) }
                }
            } else {
                SectionTitle(stringResource(R.string.meeting_sources_in_use))
                for (source in summary.inUse) {
                    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
                        Text(source.name, style = MaterialTheme.typography.titleSmall)
                        Text(sourceText(MeetingSources.freshness(source, summary.now)), style = MaterialTheme.typography.bodySmall)
                        // The short form here; the lists page says why, and what can be done.
                        if (MeetingSources.failure(source, summary.now) != null) {
                            Text(stringResource(R.string.meeting_source_failed_short), style = MaterialTheme.typography.bodySmall)
                        }
                    }
                }
                if (summary.refreshing) Working()
                summary.message?.let { Text(sourceText(it), Modifier.semantics { liveRegion = LiveRegionMode.Polite }) }
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    OutlinedButton(onClick = onRefresh, enabled = !summary.refreshing) { Text(stringResource(R.string.meeting_source_refresh)) }
                    TextButton(onClick = { onLists(ListsEntry.MANAGE) }) { Text(stringResource(R.string.meeting_sources_manage)) }
                }
            }
        }
    }
}

/** Above the results: each list they came from, and how fresh it is ("updated 3 days ago"). */
@Composable
fun ResultsFrom(
    feeds: List<String>,
    summary: ListsSummary,
) {
    val sources = MeetingSources.sourcesOf(feeds, summary.inUse)
    if (sources.isEmpty()) return
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        for (source in sources) {
            Text(
                stringResource(R.string.meeting_source_results_from, source.name, sourceText(MeetingSources.freshness(source, summary.now))),
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
    }
}
