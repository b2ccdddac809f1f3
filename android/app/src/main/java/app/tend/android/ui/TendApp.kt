// The app's screens wired to the core: navigation, and for each screen the state it shows and
// what its taps do (every call to the store off the main thread, every failure shown, never a
// crash). Compose and the generated bindings only — no Context, no Activity — so the same code
// runs in the app (MainActivity gives it an Android TendHost) and on the desktop JVM, where the
// screens are rendered and driven against the real core.
package app.tend.android.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.size
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.text.BasicText
import androidx.compose.foundation.layout.BoxWithConstraints
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.foundation.text.TextAutoSize
import androidx.compose.material3.LocalContentColor
import androidx.compose.ui.unit.sp
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.BundleChoice
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.DataActions
import app.tend.android.logic.DataMessage
import app.tend.android.logic.FormCheck
import app.tend.android.logic.LoadFailure
import app.tend.android.logic.MeetingSearch
import app.tend.android.logic.Notice
import app.tend.android.logic.PartnerChannel
import app.tend.android.logic.PartnerSharing
import app.tend.android.logic.TodayNotices
import app.tend.core.CheckinData
import app.tend.core.Network
import app.tend.core.CheckinInput
import app.tend.core.PartnerRow
import app.tend.core.PhoneLinkKind
import app.tend.core.ShareItem
import app.tend.core.ShareToggle
import app.tend.ffi.TendStore
import app.tend.ffi.crisisLines
import app.tend.ffi.meetingTypeFilters
import app.tend.ffi.meetingTypeNames
import app.tend.ffi.phoneLink
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.time.LocalDate
import java.util.UUID

/**
 * The five tabs. SOS is not a tab: it is the red button in the top bar of every screen, one tap
 * away whatever failed. Every other screen is a page inside a tab, at most two taps from Today.
 */
enum class Tab(val label: Int, val root: Destination) {
    TODAY(R.string.today, Destination.Today),
    PEOPLE(R.string.tab_people, Destination.People()),
    MEETINGS(R.string.tab_meetings, Destination.Meetings),
    PROGRESS(R.string.tab_progress, Destination.Progress),
    MORE(R.string.tab_more, Destination.More),
}

/** What a tab keeps beside its label (its share of the bar's padding). */
private val TAB_LABEL_MARGIN = 12.dp

/** The tab a page belongs to; SOS and Back stay on the tab the user is on. */
fun tabOf(
    d: Destination,
    current: Tab,
): Tab =
    when (d) {
        Destination.Today -> Tab.TODAY
        is Destination.People, is Destination.Person, is Destination.EditPerson -> Tab.PEOPLE
        Destination.Meetings, Destination.FindMeeting, is Destination.MeetingLists, is Destination.EditGroup -> Tab.MEETINGS
        Destination.Progress, Destination.AddGoal -> Tab.PROGRESS
        Destination.More, Destination.Networks, Destination.Settings, Destination.Partner, Destination.Data, Destination.About -> Tab.MORE
        Destination.Sos, Destination.Back -> current
    }

/** The top bar's title for each page. */
fun titleOf(d: Destination): Int =
    when (d) {
        Destination.Today -> R.string.today
        is Destination.People -> if (d.needs) R.string.needs_title else R.string.tab_people
        is Destination.Person -> R.string.person_title
        is Destination.EditPerson -> if (d.id == null) R.string.person_add_title else R.string.person_edit_title
        Destination.Meetings -> R.string.tab_meetings
        Destination.FindMeeting -> R.string.search
        is Destination.MeetingLists -> R.string.meeting_lists_title
        is Destination.EditGroup -> if (d.id == null) R.string.group_add_title else R.string.group_edit_title
        Destination.Progress -> R.string.tab_progress
        Destination.AddGoal -> R.string.goal_add_title
        Destination.More -> R.string.tab_more
        Destination.Networks -> R.string.networks_title
        Destination.Settings -> R.string.settings_title
        Destination.Partner -> R.string.partner_title
        Destination.Data -> R.string.data_title
        Destination.About -> R.string.about_title
        Destination.Sos, Destination.Back -> R.string.sos_title
    }

/**
 * Where the user is: a stack of pages whose bottom is a tab's root. Opening a tab starts it afresh;
 * opening a page puts it on top; Back (the platform's, or the top bar's arrow) takes it off.
 */
data class Navigation(val stack: List<Destination>) {
    val current: Destination get() = stack.last()

    fun tab(): Tab = stack.fold(Tab.TODAY) { t, d -> tabOf(d, t) }

    /** A page under this one in its tab: the top bar shows a back arrow. */
    fun canGoBack(): Boolean = stack.size > 1

    /** Only Today's own page lets the phone's back leave the app; another tab's goes to Today first. */
    fun backLeavesApp(): Boolean = stack.size == 1 && current == Destination.Today

    fun open(d: Destination): Navigation =
        when {
            d == Destination.Back ->
                when {
                    canGoBack() -> Navigation(stack.dropLast(1))
                    backLeavesApp() -> this
                    else -> Navigation(listOf(Destination.Today))
                }
            Tab.entries.any { it.root == d } -> Navigation(listOf(d))
            d == current -> this
            else -> Navigation(stack + d)
        }

    companion object {
        /** A page opened from outside (a notification): its tab's root below it, so Back leads home. */
        fun startingAt(d: Destination): Navigation {
            val root = tabOf(d, Tab.TODAY).root
            return Navigation(if (root == d || d == Destination.Back) listOf(root) else listOf(root, d))
        }
    }
}

/** Runs [block] on the store off the main thread; any error becomes a [LoadFailure] to show. */
suspend fun <T> load(
    host: TendHost,
    block: suspend (TendStore) -> T,
): Loaded<T> =
    try {
        Loaded.Ready(withContext(Dispatchers.IO) { block(host.store()) })
    } catch (e: CancellationException) {
        throw e // the screen went away: not a failure to show
    } catch (e: Throwable) {
        Loaded.Failed(host.failureOf(e))
    }

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun TendApp(
    host: TendHost,
    start: Destination = Destination.Today,
    /** A new value opens [start] again (a second tap on the same reminder). */
    startKey: Long = 0L,
    /** A bundle's "Who did you reach?" to ask, from its notification. */
    bundleId: String? = null,
    onBundleClosed: (answered: Boolean) -> Unit = {},
    /** The platform's back (Android's BackHandler); the desktop harness has none. */
    backHandler: @Composable (enabled: Boolean, onBack: () -> Unit) -> Unit = { _, _ -> },
) {
    var nav by remember(start, startKey) { mutableStateOf(Navigation.startingAt(start)) }
    var storeFailure by remember { mutableStateOf<LoadFailure?>(null) }
    // The networks and the one the People and Progress tabs show (the first, until switched).
    var networks by remember { mutableStateOf<List<Network>>(emptyList()) }
    var networkId by remember { mutableStateOf<Long?>(null) }
    var networksChanged by remember { mutableStateOf(0) }
    // The first-launch guide: offered while nothing is built yet (the core's rule), until skipped.
    var welcome by remember { mutableStateOf(false) }
    var welcomeSkipped by remember { mutableStateOf(false) }
    LaunchedEffect(networksChanged) {
        val read = load(host) { it.networks() to it.needsWelcome() }
        if (read is Loaded.Ready) {
            val list = read.value.first
            networks = list
            if (list.none { it.id == networkId }) networkId = list.firstOrNull()?.id
            // Offered when the app opens on Today; a notification or a page asked for goes there.
            welcome = read.value.second && !welcomeSkipped && start == Destination.Today
        }
    }
    val open: (Destination) -> Unit = { d -> nav = nav.open(d) }
    val tab = nav.tab()
    backHandler(!nav.backLeavesApp()) { open(Destination.Back) }

    if (welcome) {
        WelcomeRoute(
            host,
            onOpenSos = {
                welcome = false
                welcomeSkipped = true
                open(Destination.Sos)
            },
            onOpenData = {
                welcome = false
                welcomeSkipped = true
                nav = Navigation.startingAt(Destination.Data)
            },
            onDone = { findMeeting ->
                welcome = false
                welcomeSkipped = true
                networksChanged++
                nav = Navigation.startingAt(if (findMeeting) Destination.FindMeeting else Destination.Today)
            },
        )
        return
    }
    Scaffold(
        topBar = {
          Column {
            TopAppBar(
                // Beside the back arrow and SOS at the largest text sizes, the title shrinks to fit
                // rather than being cut.
                title = {
                    BasicText(
                        stringResource(titleOf(nav.current)),
                        maxLines = 1,
                        style = MaterialTheme.typography.titleLarge.copy(color = LocalContentColor.current),
                        autoSize = TextAutoSize.StepBased(minFontSize = 8.sp, maxFontSize = MaterialTheme.typography.titleLarge.fontSize),
                    )
                },
                navigationIcon = { if (nav.canGoBack()) BackButton { open(Destination.Back) } },
                actions = { if (nav.current != Destination.Sos) SosButton { open(Destination.Sos) } },
            )
            // Which network People and Progress show, on their first pages (a person's page is
            // theirs whatever the network).
            if (nav.current is Destination.People || nav.current == Destination.Progress) {
                NetworkSwitcher(networks, networkId, onPick = { networkId = it }, onManage = { open(Destination.Networks) })
            }
          }
        },
        bottomBar = {
            BoxWithConstraints {
                // At the largest font sizes the words shrink to fit their tabs rather than being
                // cut off (five tabs on a 320 dp phone, German's longer words): all five by the
                // same step, the one the longest needs, so the bar reads evenly.
                val labels = Tab.entries.map { stringResource(it.label) }
                val style = MaterialTheme.typography.labelMedium
                val longest = longestLine(labels, style)
                val room = with(LocalDensity.current) { (maxWidth / Tab.entries.size - TAB_LABEL_MARGIN).toPx() }
                val size = if (longest <= room || longest <= 0f) style.fontSize else style.fontSize * (room / longest)
                NavigationBar {
                    for ((t, label) in Tab.entries.zip(labels)) {
                        NavigationBarItem(
                            selected = tab == t,
                            onClick = { open(t.root) },
                            icon = { TabDot(selected = tab == t) },
                            label = {
                                BasicText(
                                    label,
                                    maxLines = 1,
                                    style = style.copy(color = LocalContentColor.current),
                                    // A step further down only if the measure above was not enough.
                                    autoSize = TextAutoSize.StepBased(minFontSize = 5.sp, maxFontSize = size),
                                )
                            },
                        )
                    }
                }
            }
        },
    ) { padding ->
        when (val d = nav.current) {
            Destination.Today ->
                TodayRoute(host, padding, onFailure = { storeFailure = it }, open = open, onStartGuide = {
                    welcomeSkipped = false
                    welcome = true
                })
            Destination.FindMeeting -> SearchRoute(host, padding, open)
            Destination.Sos -> SosRoute(host, padding)
            Destination.Partner -> PartnerRoute(host, padding)
            Destination.Data -> DataRoute(host, padding, storeFailure)
            Destination.More -> MoreScreen(padding, open)
            Destination.Networks -> NetworksRoute(host, padding, networkId, onChanged = { networksChanged++ }, onPick = { networkId = it })
            else -> ScreenRoutes(host, padding, d, networkId, open)
        }
    }
    bundleId?.let { BundleQuestion(host, it, onBundleClosed) }
}

/** A quiet marker above each tab's word (the words carry the meaning). */
@Composable
private fun TabDot(selected: Boolean) {
    val color = MaterialTheme.colorScheme.primary
    Canvas(Modifier.size(if (selected) 12.dp else 8.dp)) { drawCircle(if (selected) color else color.copy(alpha = 0.5f)) }
}

@Composable
private fun TodayRoute(
    host: TendHost,
    padding: PaddingValues,
    onFailure: (LoadFailure?) -> Unit,
    open: (Destination) -> Unit,
    onStartGuide: () -> Unit,
) {
    var state by remember { mutableStateOf(TodayState()) }
    var notificationsOn by remember { mutableStateOf(host.notificationsAllowed()) }
    var deniedForGood by remember { mutableStateOf(host.notificationsDeniedForGood()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val loaded = load(host) { s -> s.todayAsync(host.zone()) to s.needsWelcome() }
        state =
            when (loaded) {
                is Loaded.Ready -> state.copy(today = Loaded.Ready(loaded.value.first), firstLaunch = loaded.value.second)
                is Loaded.Failed -> state.copy(today = loaded)
                Loaded.Loading -> state
            }
        onFailure((loaded as? Loaded.Failed)?.failure)
    }
    LaunchedEffect(Unit) { reload() }

    val notices = TodayNotices.of(host.sdkInt(), notificationsOn, deniedForGood, host.exactAllowed())
    TodayScreen(
        state.copy(notices = notices),
        padding,
        onNotice = { notice ->
            when (notice) {
                Notice.NOTIFICATIONS_ASK ->
                    scope.launch {
                        notificationsOn = host.askNotifications()
                        deniedForGood = host.notificationsDeniedForGood()
                        // The core sees the permission change and hands the plan to the OS afresh.
                        replanQuietly(host)
                    }
                Notice.NOTIFICATIONS_SETTINGS -> host.openNotificationSettings()
                Notice.EXACT_ALARMS -> host.openExactAlarmSettings()
            }
        },
        onMood = { mood ->
            scope.launch {
                state = state.copy(checkingIn = true)
                // A key per tap: a retried call logs once; a later tap is a new check-in.
                val input = CheckinInput(CheckinData.Daily(mood.toUByte(), null), host.zone(), null, "daily-" + UUID.randomUUID(), null)
                val logged = load(host) { it.logCheckin(input) }
                if (logged is Loaded.Ready) replanQuietly(host) // today's check-in reminder is done
                state = state.copy(checkingIn = false)
                reload()
            }
        },
        onOpen = open,
        onStartGuide = onStartGuide,
    )
}

private suspend fun replanQuietly(host: TendHost) {
    withContext(Dispatchers.IO) { runCatching { host.replan() } }
}

@Composable
private fun SosRoute(
    host: TendHost,
    padding: PaddingValues,
) {
    val country = host.country()
    // Crisis lines need no store: they show even when the store cannot be opened.
    var state by remember(country) { mutableStateOf(SosState(lines = crisisLines(country))) }
    val scope = rememberCoroutineScope()
    val key = remember { "sos-" + UUID.randomUUID() }
    LaunchedEffect(Unit) {
        // The country chosen in Settings, once the store answers (the phone's region until then).
        val chosen = crisisCountry(host)
        if (chosen != country) state = state.copy(lines = crisisLines(chosen))
        val contacts = (load(host) { it.sos(chosen, host.zone()).emergencyContacts } as? Loaded.Ready)?.value.orEmpty()
        // "An online meeting starts in 20 minutes": near the last place searched from, or online.
        val soon = (load(host) { it.meetingsSoon(host.zone(), it.lastSearchPlace(), 3u) } as? Loaded.Ready)?.value.orEmpty()
        state = state.copy(contacts = contacts, soon = soon)
    }
    // The core cleans the number as typed ("+1 (555) 010-0100 ext. 2"); no link, no call.
    SosScreen(
        state,
        padding,
        onCall = { number -> phoneLink(number, PhoneLinkKind.CALL)?.let(host::open) },
        onText = { number -> phoneLink(number, PhoneLinkKind.TEXT)?.let(host::open) },
        onLogSos = {
            scope.launch {
                // Once per visit, however often it is tapped: the key.
                val input = CheckinInput(CheckinData.Sos, host.zone(), null, key, null)
                val logged = load(host) { it.logCheckin(input) } is Loaded.Ready
                state = state.copy(logged = logged)
                if (logged) host.sosLogged()
            }
        },
        onOpenLink = host::open,
    )
}

@Composable
private fun SearchRoute(
    host: TendHost,
    padding: PaddingValues,
    open: (Destination) -> Unit,
) {
    val language = host.language()
    var state by remember { mutableStateOf(SearchState(filters = meetingTypeFilters(language))) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(Unit) {
        val networks = (load(host) { it.networks() } as? Loaded.Ready)?.value.orEmpty()
        state = state.copy(networks = networks, lists = listsSummary(host))
    }

    fun run() {
        when (val check = MeetingSearch.check(state.form)) {
            is FormCheck.Invalid -> state = state.copy(invalid = check.field)
            is FormCheck.Ok ->
                scope.launch {
                    val found = load(host) { it.searchDirectory(check.query) }
                    val results = (found as? Loaded.Ready)?.value.orEmpty()
                    val names = results.filter { it.types.isNotEmpty() }.associate { resultKey(it) to meetingTypeNames(it.types, language).joinToString(" · ") }
                    val note = if (found is Loaded.Failed) R.string.cannot_read else if (results.isEmpty()) R.string.no_results else null
                    state = state.copy(invalid = null, results = results, typeNames = names, note = note)
                }
        }
    }
    SearchScreen(
        state,
        padding,
        onForm = { state = state.copy(form = it) },
        onSearch = ::run,
        onNearMe = {
            scope.launch {
                when (val here = host.locate()) {
                    is Located.At -> {
                        state = state.copy(form = state.form.copy(near = here.point))
                        run()
                    }
                    Located.Denied -> state = state.copy(note = R.string.location_denied)
                    Located.Unknown -> state = state.copy(note = R.string.location_unknown)
                }
            }
        },
        onPickNetwork = { state = state.copy(picked = it) },
        onShowTypes = { state = state.copy(showTypes = it) },
        // The public meeting lists have their own page in this tab (MeetingSourcesRoute.kt).
        onLists = { open(Destination.MeetingLists(it)) },
        onRefreshLists = {
            scope.launch {
                state = state.copy(lists = state.lists.copy(refreshing = true, message = null))
                state = state.copy(lists = refreshLists(host))
                if (state.results.isNotEmpty()) run()
            }
        },
        onJoin = { m ->
            scope.launch {
                val target = MeetingSearch.joinTarget(state.networks.map { it.id }, state.picked)
                val joined = load(host) { it.joinDirectoryMeeting(m.id, target, false) }
                state = state.copy(note = if (joined is Loaded.Ready) R.string.joined_now else R.string.cannot_read)
                if (joined is Loaded.Ready) {
                    replanQuietly(host) // the new group's meeting reminders
                    run()
                }
            }
        },
    )
}

@Composable
private fun PartnerRoute(
    host: TendHost,
    padding: PaddingValues,
) {
    var state by remember { mutableStateOf(PartnerState()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val read =
            load(host) { store ->
                val rows = store.partnerRows()
                val previews = rows.filter { r -> r.toggles.any { it.on } }.associate { it.person.id to store.partnerPreview(it.person.id, host.zone()) }
                val links = store.partnerLinks()
                PartnerData(
                    rows, PartnerSharing.nothingShared(rows), previews, store.matrixAccount(),
                    links.associateBy { it.person.id }, PartnerChannel.warnings(links), PartnerChannel.linkStatus(links),
                    store.partnerInbox(),
                )
            }
        state = state.copy(failed = read is Loaded.Failed, data = (read as? Loaded.Ready)?.value ?: state.data)
    }

    /** One channel call (it blocks on the network, up to two minutes): on IO, its lines shown. */
    fun channel(
        person: Long?,
        call: (TendStore) -> List<app.tend.android.logic.ChannelLine>,
    ) {
        scope.launch {
            state = state.copy(working = true)
            val result = withContext(Dispatchers.IO) { runCatching { call(host.store()) } }
            state = state.copy(working = false, channelStatus = person to result.getOrElse { listOf(PartnerChannel.error(it)) })
            reload()
        }
    }
    val actions =
        remember {
            object : PartnerActions {
                override fun toggle(
                    row: PartnerRow,
                    toggle: ShareToggle,
                ) {
                    scope.launch {
                        val days = if (toggle.item == ShareItem.DECLINE && !toggle.on) PartnerSharing.declineDays(state.daysField[row.person.id].orEmpty()) else null
                        val result = withContext(Dispatchers.IO) { runCatching { host.store().setConsent(row.person.id, toggle.item, !toggle.on, days) } }
                        val messages = result.exceptionOrNull()?.let { state.messages + (row.person.id to PartnerSharing.refusal(it)) } ?: (state.messages - row.person.id)
                        state = state.copy(messages = messages)
                        reload()
                    }
                }

                override fun daysField(
                    personId: Long,
                    text: String,
                ) {
                    state = state.copy(daysField = state.daysField + (personId to text))
                }

                override fun share(text: String) = host.share(text)

                override fun connect(
                    homeserver: String,
                    user: String,
                    password: String,
                ) = channel(null) { st ->
                    st.matrixConnect(homeserver, user, password)
                    host.channelConnected()
                    PartnerChannel.lines(st.partnerSync(host.zone()))
                }

                override fun sync() = channel(null) { st -> PartnerChannel.lines(st.partnerSync(host.zone())) }

                override fun link(
                    personId: Long,
                    matrixId: String,
                ) = channel(personId) { st ->
                    // The sync right after invites them (the encrypted room).
                    st.partnerLink(personId, matrixId)
                    PartnerChannel.lines(st.partnerSync(host.zone()))
                }

                override fun send(
                    personId: Long,
                    text: String?,
                ) = channel(personId) { st -> PartnerChannel.lines(st.partnerSend(personId, text, host.zone())) }

                override fun revoke(personId: Long) = channel(personId) { st -> listOf(PartnerChannel.revoked(st.partnerRevoke(personId))) }

                override fun disconnect() = channel(null) { st -> listOf(PartnerChannel.disconnected(st.matrixDisconnect())) }
            }
        }
    LaunchedEffect(Unit) {
        reload()
        // Opening the screen syncs (messages in, what waits out) once an account is connected.
        if (state.data?.account != null) actions.sync()
    }
    PartnerScreen(state, padding, actions)
}

@Composable
private fun DataRoute(
    host: TendHost,
    padding: PaddingValues,
    storeFailure: LoadFailure?,
) {
    var state by remember(storeFailure) { mutableStateOf(DataState(canQuarantine = DataActions.canQuarantine(storeFailure))) }
    val scope = rememberCoroutineScope()

    fun work(block: suspend CoroutineScope.() -> DataMessage?) {
        scope.launch {
            state = state.copy(working = true)
            val message = block()
            state = state.copy(working = false, message = message ?: state.message)
        }
    }
    DataScreen(
        state,
        padding,
        onPassphrase = { state = state.copy(passphrase = it) },
        onReplace = { state = state.copy(replace = it) },
        onExport = {
            work {
                val passphrase = DataActions.passphrase(state.passphrase)
                val saved =
                    runCatching {
                        host.saveDocument(DataActions.backupFileName(LocalDate.now())) {
                            withContext(Dispatchers.IO) { host.store().exportBackupAsync(passphrase) }
                        }
                    }
                if (saved.getOrNull() == false) null else DataActions.exported(saved.map {})
            }
        },
        onImport = {
            work {
                val bytes = host.openDocument() ?: return@work null
                val result = withContext(Dispatchers.IO) { runCatching { host.store().importBackupAsync(bytes, DataActions.passphrase(state.passphrase), state.replace) } }
                // Restored people and groups have reminders of their own.
                if (result.isSuccess) replanQuietly(host)
                DataActions.imported(result)
            }
        },
        onQuarantine = {
            work {
                val moved = runCatching { host.quarantine() }
                if (moved.isSuccess) DataMessage("quarantine_done") else DataMessage("data_failed")
            }
        },
    )
}

/** Loads the people a bundle named, then shows the chooser; logs the picked ones once. */
@Composable
private fun BundleQuestion(
    host: TendHost,
    notificationId: String,
    onClose: (answered: Boolean) -> Unit,
) {
    var choice by remember(notificationId) { mutableStateOf<BundleChoice?>(null) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(notificationId) {
        choice = (load(host) { BundleChooser.reopen(it, notificationId, host.zone()) } as? Loaded.Ready)?.value
        if (choice == null) onClose(false) // nothing to ask (expired, or the store is unavailable)
    }
    val current = choice ?: return
    BundleDialog(
        choice = current,
        onToggle = { choice = current.toggle(it) },
        onAnswer = { answered ->
            // Closed first, so a second tap cannot reach a dialog that is already answering.
            choice = null
            scope.launch {
                val logged = load(host) { BundleChooser.answer(it, answered, host.zone()) } is Loaded.Ready
                onClose(logged)
            }
        },
        onDismiss = { onClose(false) },
    )
}
