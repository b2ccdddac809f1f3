// Public meeting lists wired to the core, for Find a meeting: the page's state and what its taps
// call (every fetch on IO: each blocks on the network, bounded by the core), Search's card and its
// Refresh, and the phone's part (MeetingListHost: the network choice and the daily job). Served
// from Routes.kt as Destination.MeetingLists; the top bar's Back returns to Search.
package app.tend.android.ui

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import app.tend.android.R
import app.tend.android.logic.MeetingSources
import app.tend.android.logic.RefreshNetwork
import app.tend.android.logic.SourceLine
import app.tend.android.logic.SourceRegion
import app.tend.core.MeetingSource
import app.tend.core.NewSource
import app.tend.ffi.TendStore
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.time.Instant

/** What the meeting lists need from the phone (part of [TendHost]). */
interface MeetingListHost {
    /** How the daily refresh may use the network, as the user chose (Wi-Fi only until they change it). */
    fun meetingListNetwork(): RefreshNetwork

    /**
     * The choice, or the lists in use, changed: keep [network] and schedule the daily refresh
     * again (or stop it when no list is in use).
     */
    suspend fun meetingListsChanged(network: RefreshNetwork)
}

/** A call to the store on IO; a failure is returned, never thrown (the page says it in words). */
private suspend fun <T> call(
    host: TendHost,
    block: (TendStore) -> T,
): Result<T> =
    try {
        Result.success(withContext(Dispatchers.IO) { block(host.store()) })
    } catch (e: CancellationException) {
        throw e
    } catch (e: Throwable) {
        Result.failure(e)
    }

/** The lists in use, for Search's card and its results. */
suspend fun listsSummary(host: TendHost): ListsSummary {
    val all = call(host) { it.meetingSources(null, null) }.getOrNull().orEmpty()
    return ListsSummary(inUse = MeetingSources.offer(all).inUse, loaded = true, now = Instant.now())
}

/** Refreshes every list in use (Search's Refresh, the page's pull): the outcome in words. */
suspend fun refreshLists(host: TendHost): ListsSummary {
    val refreshed = call(host) { it.refreshMeetingSources() }
    val message = refreshed.fold({ MeetingSources.refreshed(it) }, { SourceLine("data_failed") })
    runCatching { host.meetingListsChanged(host.meetingListNetwork()) }
    return listsSummary(host).copy(message = message)
}

@Composable
fun MeetingSourcesRoute(
    host: TendHost,
    padding: PaddingValues,
    entry: ListsEntry,
) {
    var state by remember { mutableStateOf(MeetingSourcesState(network = host.meetingListNetwork(), choosingRegion = entry == ListsEntry.REGION)) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val place = state.place
        val read =
            call(host) { store ->
                val all = store.meetingSources(null, null)
                // The position stays on the phone: the core matches it against each list's area.
                val offered =
                    when (place) {
                        is ListsPlace.Here -> MeetingSources.offer(store.meetingSources(place.point, null)).nearby
                        is ListsPlace.Region -> MeetingSources.inRegion(all, place.region)
                        ListsPlace.None -> emptyList()
                    }
                all to offered
            }
        val (all, offered) = read.getOrNull() ?: (emptyList<MeetingSource>() to emptyList())
        state =
            state.copy(
                inUse = MeetingSources.offer(all).inUse,
                offered = offered,
                regions = MeetingSources.regions(all, host.country()),
                failed = read.isFailure,
                now = Instant.now(),
            )
    }

    /** One change to the lists: the words it came to, then the page and the daily job again. */
    fun work(block: suspend () -> SourceLine?) {
        scope.launch {
            state = state.copy(working = true, message = null, confirming = null)
            val message = block()
            state = state.copy(working = false, message = message)
            reload()
            runCatching { host.meetingListsChanged(state.network) }
        }
    }

    suspend fun locateOnce() {
        when (val here = host.locate()) {
            is Located.At -> {
                state = state.copy(place = ListsPlace.Here(here.point), choosingRegion = false, note = null)
                reload()
            }
            Located.Denied -> state = state.copy(note = R.string.meeting_sources_location_denied)
            Located.Unknown -> state = state.copy(note = R.string.meeting_sources_location_unknown)
        }
    }

    val actions =
        remember {
            object : MeetingSourcesActions {
                override fun locate() {
                    scope.launch { locateOnce() }
                }

                override fun chooseRegion() {
                    state = state.copy(choosingRegion = true)
                }

                override fun pickRegion(region: SourceRegion) {
                    state = state.copy(place = ListsPlace.Region(region), choosingRegion = false, note = null)
                    scope.launch { reload() }
                }

                override fun ask(source: MeetingSource) {
                    state = state.copy(confirming = source)
                }

                override fun dismiss() {
                    state = state.copy(confirming = null)
                }

                override fun clearMessage() {
                    state = state.copy(message = null)
                }

                override fun use(source: MeetingSource) =
                    work {
                        // Only a list asked by area gets the place, and only its grid cell is sent.
                        val place = (state.place as? ListsPlace.Here)?.point?.takeIf { MeetingSources.needsPlace(source) }
                        call(host) { it.refreshMeetingSource(source.id, place) }.fold({ MeetingSources.used(source, it) }, MeetingSources::addError)
                    }

                override fun remove(source: MeetingSource) =
                    work { call(host) { it.removeMeetingSource(source.id) }.exceptionOrNull()?.let(MeetingSources::addError) }

                override fun address(text: String) {
                    state = state.copy(address = text)
                }

                override fun add() =
                    work {
                        val added = call(host) { it.addMeetingSource(NewSource(url = state.address.trim())) }
                        if (added.isSuccess) state = state.copy(address = "")
                        added.fold({ MeetingSources.used(it.source, it.refresh) }, MeetingSources::addError)
                    }

                override fun refresh() {
                    if (state.inUse.isEmpty() || state.working) return
                    work { call(host) { it.refreshMeetingSources() }.fold(MeetingSources::refreshed) { SourceLine("data_failed") } }
                }

                override fun network(network: RefreshNetwork) {
                    state = state.copy(network = network)
                    scope.launch { runCatching { host.meetingListsChanged(network) } }
                }
            }
        }
    LaunchedEffect(Unit) {
        reload()
        if (entry == ListsEntry.LOCATE) locateOnce()
    }
    MeetingSourcesScreen(state, padding, actions)
}
