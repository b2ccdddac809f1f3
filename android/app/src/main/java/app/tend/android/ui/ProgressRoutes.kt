// The Meetings, Progress, Settings and About screens wired to the core (issue 18): for each, the
// state it shows and what its taps call on the store — off the main thread, every failure shown,
// never a crash; a replan after anything that changes reminders. Each route stands alone with the
// same shape, so TendApp places it wherever its navigation puts it.
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
import app.tend.core.CheckinData
import app.tend.core.CheckinInput
import app.tend.core.CheckinKind
import app.tend.core.CheckinQuery
import app.tend.core.GoalInput
import app.tend.core.GroupInput
import app.tend.core.MeetingInput
import app.tend.core.SupportGroup
import app.tend.ffi.TendStore
import app.tend.ffi.defaultSettings
import app.tend.ffi.goalKinds
import app.tend.ffi.settingChoices
import app.tend.ffi.settingKeys
import app.tend.ffi.tendFfiVersion
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.util.Locale
import java.util.UUID

/** One store call off the main thread, its failure kept (a refusal to show), cancellation not. */
private suspend fun <T> attempt(
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

/** The OS gets the core's plan again; a failure here is the replan's to report, not the screen's. */
private suspend fun replanAfter(host: TendHost) {
    withContext(Dispatchers.IO) { runCatching { host.replan() } }
}

/** A key per tap: a retried call logs once, a later tap is a new entry. */
private fun key(prefix: String) = "$prefix-${UUID.randomUUID()}"

/** How long a new weekly meeting row lasts until the user changes it. */
private const val NEW_MEETING_MINUTES = 60

/** The calendar file's suggested name: nothing personal in it. */
private const val CALENDAR_FILE = "tend-calendar.ics"

/** How many log entries the Progress tab lists (newest first). */
private const val LOG_LENGTH = 50u

/**
 * Whose crisis lines SOS shows: the country chosen in Settings (the core's crisis_country), else
 * the phone's region — also when the store cannot be read, so SOS never waits on it.
 */
suspend fun crisisCountry(host: TendHost): String? = (load(host) { it.settings().crisisCountry } as? Loaded.Ready)?.value ?: host.country()

// --- Meetings: your groups ------------------------------------------------------------------------

@Composable
fun GroupsRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember { mutableStateOf(GroupsState()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val zone = host.zone()
        val data =
            load(host) { s ->
                val groups = s.groups()
                GroupsData(
                    groups = groups,
                    times = s.meetingTimes(zone).associateBy { it.meetingId },
                    lastWent =
                        groups.mapNotNull { g ->
                            s.checkins(CheckinQuery(kind = CheckinKind.MEETING, groupId = g.id, limit = 1u)).firstOrNull()?.let { g.id to it }
                        }.toMap(),
                    networkNames = s.networks().associate { it.id to it.name },
                    leadMinutes = s.settings().meetingLeadMinutes.toInt(),
                )
            }
        state = state.copy(data = data)
    }
    LaunchedEffect(Unit) { reload() }

    fun change(
        group: SupportGroup,
        call: (TendStore) -> Unit,
        onDone: (GroupsState) -> GroupsState = { it },
    ) {
        scope.launch {
            state = state.copy(working = true, refusal = null)
            val result = attempt(host, call)
            state = state.copy(working = false, refusal = result.exceptionOrNull()?.let { group.id to refusalOf(it) })
            if (result.isSuccess) {
                state = onDone(state)
                replanAfter(host) // a meeting attended, or a group's reminders gone
            }
            reload()
        }
    }
    val actions =
        remember {
            object : GroupsActions {
                override fun went(group: SupportGroup) {
                    val input = CheckinInput(CheckinData.Meeting(group.id), host.zone(), null, key("meeting"), null)
                    change(group, { it.logCheckin(input) }) { it.copy(went = it.went + group.id) }
                }

                override fun edit(group: SupportGroup) = open(Destination.EditGroup(group.id))

                override fun add() = open(Destination.EditGroup(null))

                override fun remove(group: SupportGroup) = change(group, { if (group.joined) it.leaveDirectoryGroup(group.id) else it.removeGroup(group.id) })

                override fun findMeeting() = open(Destination.FindMeeting)

                override fun openLink(url: String) = host.open(url)

                override fun openSos() = open(Destination.Sos)

                override fun openData() = open(Destination.Data)
            }
        }
    GroupsScreen(state, padding, actions)
}

/** A new group ([groupId] null) or one of the user's own to edit; back where they were once saved. */
@Composable
fun GroupEditorRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
    groupId: Long?,
) {
    var state by remember(groupId) { mutableStateOf(GroupEditorState(isNew = groupId == null)) }
    var existing by remember(groupId) { mutableStateOf<SupportGroup?>(null) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(groupId) {
        val zone = host.zone()
        when (val read = load(host) { s -> s.networks() to groupId?.let { s.group(it) } }) {
            is Loaded.Ready -> {
                val (networks, group) = read.value
                existing = group
                val form =
                    group?.let { g ->
                        GroupForm(
                            name = g.name,
                            kind = g.kind,
                            networkId = g.networkId,
                            address = g.address.orEmpty(),
                            onlineUrl = g.onlineUrl.orEmpty(),
                            zone = g.meetings.firstOrNull()?.timezone ?: zone,
                            meetings = g.meetings.map { MeetingForm(it.weekday?.toInt(), it.start?.toInt(), it.durationMinutes.toInt()) },
                        )
                    } ?: GroupForm(networkId = networkId ?: networks.firstOrNull()?.id, zone = zone)
                state = state.copy(networks = networks, form = form)
            }
            is Loaded.Failed -> state = state.copy(failed = read.failure)
            Loaded.Loading -> {}
        }
    }
    GroupEditorScreen(
        state,
        padding,
        newMeeting = { MeetingForm(duration = NEW_MEETING_MINUTES) },
        onForm = { state = state.copy(form = it) },
        onSave = save@{
            val f = state.form ?: return@save
            val old = existing
            val input =
                GroupInput(
                    name = f.name,
                    kind = f.kind,
                    networkId = f.networkId,
                    address = f.address.trim().ifEmpty { null },
                    onlineUrl = f.onlineUrl.ifEmpty { null },
                    // What the editor does not show stays as it was.
                    onlinePhone = old?.onlinePhone,
                    notes = old?.notes,
                    types = old?.types.orEmpty(),
                    feedSlug = old?.feedSlug,
                    meetings = f.meetings.map { MeetingInput(it.weekday?.toUByte(), it.start?.toUShort(), it.duration.coerceAtLeast(0).toUInt(), f.zone) },
                    members = old?.members.orEmpty(),
                )
            scope.launch {
                state = state.copy(saving = true, refusal = null)
                val saved = attempt(host) { s -> if (groupId == null) s.addGroup(input) else s.updateGroup(groupId, input) }
                state = state.copy(saving = false, refusal = saved.exceptionOrNull()?.let(::refusalOf))
                if (saved.isSuccess) {
                    replanAfter(host) // its meetings' reminders
                    open(Destination.Back)
                }
            }
        },
        onCancel = { open(Destination.Back) },
    )
}

// --- Progress: check-in, milestones, goals, the log ---------------------------------------------

@Composable
fun ProgressRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember { mutableStateOf(ProgressState()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val zone = host.zone()
        val filter = state.filter
        val data =
            load(host) { s ->
                val networks = s.networks()
                val milestones = s.milestones(zone).filter { networkId == null || it.networkId == networkId }
                val everyone = s.people(null)
                val groups = s.groups()
                ProgressData(
                    latestDaily = s.today(zone).latestDaily,
                    milestones = milestones,
                    noStartDate = networks.isNotEmpty() && milestones.isEmpty(),
                    goals = s.goalProgress(networkId, zone),
                    log = s.checkins(CheckinQuery(kind = filter, limit = LOG_LENGTH)),
                    personNames = everyone.associate { it.id to it.name },
                    groupNames = groups.associate { it.id to it.name },
                    people = networkId?.let { s.people(it) } ?: everyone,
                    groups = groups,
                )
            }
        state = state.copy(data = data)
    }
    LaunchedEffect(Unit) { reload() }

    /** A write, then a replan (check-ins, goals and their reminders), then what the tab shows now. */
    fun write(
        call: (TendStore) -> Unit,
        after: (ProgressState, Throwable?) -> ProgressState,
    ) {
        scope.launch {
            state = state.copy(working = true)
            val result = attempt(host, call)
            state = after(state.copy(working = false), result.exceptionOrNull())
            if (result.isSuccess) replanAfter(host)
            reload()
        }
    }
    val actions =
        remember {
            object : ProgressActions {
                override fun form(form: CheckinForm) {
                    state = state.copy(form = form, checkedIn = false, checkinRefusal = null)
                }

                override fun saveCheckin() {
                    val f = state.form
                    val mood = f.mood ?: return
                    val input = CheckinInput(CheckinData.Daily(mood.toUByte(), f.craving?.toUByte()), host.zone(), f.note.trim().ifEmpty { null }, key("daily"), null)
                    write({ it.logCheckin(input) }) { s, e ->
                        if (e == null) s.copy(form = CheckinForm(), checkedIn = true) else s.copy(checkinRefusal = refusalOf(e))
                    }
                }

                override fun filter(kind: CheckinKind?) {
                    state = state.copy(filter = kind)
                    scope.launch { reload() }
                }

                override fun removeCheckin(checkin: app.tend.core.Checkin) = write({ it.removeCheckin(checkin.id) }) { s, e -> s.copy(removeFailed = e != null) }

                override fun removeGoal(goal: app.tend.core.Goal) = write({ it.removeGoal(goal.id) }) { s, e -> s.copy(removeFailed = e != null) }

                override fun addGoal() = open(Destination.AddGoal)

                override fun hand(form: HandForm?) {
                    state = state.copy(hand = form, handRefusal = null, handLogged = false)
                }

                override fun saveHand() {
                    val h = state.hand ?: return
                    val data =
                        when (h.kind) {
                            HandKind.MEETING -> h.groupId?.let { CheckinData.Meeting(it) }
                            HandKind.GRATITUDE -> h.personId?.let { CheckinData.Gratitude(it) }
                            HandKind.CONTACT -> h.personId?.let { CheckinData.Contact(it, h.channel, h.direction, null) }
                        } ?: return
                    val input = CheckinInput(data, host.zone(), h.note.trim().ifEmpty { null }, key("hand"), null)
                    write({ it.logCheckin(input) }) { s, e ->
                        if (e == null) s.copy(hand = null, handLogged = true) else s.copy(handRefusal = refusalOf(e))
                    }
                }

                override fun openNetworks() = open(Destination.Networks)

                override fun openSos() = open(Destination.Sos)

                override fun openData() = open(Destination.Data)
            }
        }
    ProgressScreen(state, padding, actions)
}

/** Adding a goal: in the current network (or the first), with the kinds the core offers. */
@Composable
fun AddGoalRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember { mutableStateOf(GoalEditorState()) }
    val scope = rememberCoroutineScope()

    suspend fun peopleOf(network: Long?) = network?.let { n -> (load(host) { it.people(n) } as? Loaded.Ready)?.value }.orEmpty()
    LaunchedEffect(Unit) {
        when (val read = load(host) { s -> Triple(s.networks(), goalKinds(), s.groups()) }) {
            is Loaded.Ready -> {
                val (networks, kinds, groups) = read.value
                val start = networkId?.takeIf { id -> networks.any { it.id == id } } ?: networks.firstOrNull()?.id
                state =
                    state.copy(
                        networks = networks,
                        kinds = kinds,
                        groups = groups,
                        people = peopleOf(start),
                        form = GoalForm(networkId = start, kind = kinds.firstOrNull()?.kind),
                        loaded = true,
                    )
            }
            is Loaded.Failed -> state = state.copy(failed = read.failure)
            Loaded.Loading -> {}
        }
    }
    GoalEditorScreen(
        state,
        padding,
        onForm = { form ->
            val moved = form.networkId != state.form.networkId
            state = state.copy(form = form, refusal = null)
            if (moved) scope.launch { state = state.copy(people = peopleOf(form.networkId)) }
        },
        onSave = save@{
            val f = state.form
            val network = f.networkId ?: return@save
            val kind = f.kind ?: return@save
            val input =
                GoalInput(
                    networkId = network,
                    title = f.title.trim().ifEmpty { null },
                    kind = kind,
                    personId = f.personId,
                    groupId = f.groupId,
                    target = f.target.coerceAtLeast(0).toUInt(),
                    period = f.period,
                    partnerId = f.partnerId,
                    startDate = null,
                )
            scope.launch {
                state = state.copy(saving = true, refusal = null)
                val added = attempt(host) { it.addGoal(input, host.zone()) }
                state = state.copy(saving = false, refusal = added.exceptionOrNull()?.let(::refusalOf))
                if (added.isSuccess) {
                    replanAfter(host) // its nudges
                    open(Destination.Back)
                }
            }
        },
        onCancel = { open(Destination.Back) },
        onOpenNetworks = { open(Destination.Networks) },
    )
}

// --- More: settings and about --------------------------------------------------------------------

@Composable
fun SettingsRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember { mutableStateOf(SettingsState(phoneCountry = host.country())) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(Unit) {
        when (val read = load(host) { s -> s.settings() }) {
            is Loaded.Ready ->
                state =
                    state.copy(
                        settings = read.value,
                        defaults = defaultSettings(),
                        choices = settingKeys().associateWith { k -> runCatching { settingChoices(k) }.getOrDefault(emptyList()) },
                    )
            is Loaded.Failed -> state = state.copy(failed = read.failure)
            Loaded.Loading -> {}
        }
    }
    val actions =
        remember {
            object : SettingsActions {
                override fun set(
                    key: String,
                    value: String,
                ) {
                    scope.launch {
                        state = state.copy(working = true)
                        val result = attempt(host) { it.setSetting(key, value) }
                        state =
                            result.fold(
                                { s -> state.copy(working = false, settings = s, refusals = state.refusals - key) },
                                { e -> state.copy(working = false, refusals = state.refusals + (key to refusalOf(e))) },
                            )
                        // Any setting may change what is reminded and when: the core decides, the
                        // OS gets its plan again (nothing changes when nothing needs to).
                        if (result.isSuccess) replanAfter(host)
                    }
                }

                override fun includeReminders(on: Boolean) {
                    state = state.copy(includeReminders = on, calendarNote = null)
                }

                override fun exportCalendar() {
                    scope.launch {
                        state = state.copy(working = true, calendarNote = null)
                        val include = state.includeReminders
                        val saved =
                            runCatching {
                                host.saveDocument(CALENDAR_FILE) {
                                    withContext(Dispatchers.IO) { host.store().exportCalendar(include, host.zone(), Locale.getDefault().toLanguageTag()).toByteArray(Charsets.UTF_8) }
                                }
                            }
                        val note =
                            when {
                                saved.exceptionOrNull() is CancellationException -> throw saved.exceptionOrNull()!!
                                saved.isFailure -> R.string.data_failed
                                saved.getOrNull() == true -> R.string.settings_calendar_saved
                                else -> null // the user closed the file picker
                            }
                        state = state.copy(working = false, calendarNote = note)
                    }
                }

                override fun openSos() = open(Destination.Sos)

                override fun openData() = open(Destination.Data)
            }
        }
    SettingsScreen(state, padding, actions)
}

@Composable
fun AboutRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    AboutScreen(AboutState(appVersion = host.appVersion(), coreVersion = tendFfiVersion()), padding)
}
