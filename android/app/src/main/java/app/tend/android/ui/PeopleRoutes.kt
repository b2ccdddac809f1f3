// The People tab wired to the core: for each screen the state it shows (loaded off the main
// thread through `load`) and what its taps call on the store. Orders, days, due states, coverage,
// next steps and defaults are the core's; nothing here decides them. A change that touches
// reminders (a person, a contact logged, a thank-you) hands the plan to the OS again.
//
// Routes for TendApp (issue 18):
//   PeopleTabRoute(host, padding, networkId, needs, open)  — People | Needs, switched by open()
//   PeopleRoute(host, padding, networkId, open)            — the list
//   NeedsRoute(host, padding, networkId, open)             — needs and gaps
//   PersonRoute(host, padding, personId, open)             — Destination.Person
//   PersonEditorRoute(host, padding, personId, networkId, open) — Destination.EditPerson
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.BoxWithConstraints
import androidx.compose.foundation.layout.Column
import androidx.compose.material3.MaterialTheme
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.CheckinData
import app.tend.core.CheckinInput
import app.tend.core.ContactWindow
import app.tend.core.Importance
import app.tend.core.PersonInput
import app.tend.core.PhoneLinkKind
import app.tend.core.Role
import app.tend.core.SupportKind
import app.tend.core.TendException
import app.tend.ffi.cadenceChoices
import app.tend.ffi.phoneLink
import app.tend.ffi.typicalSupport
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.util.UUID

/** The People tab: its two parts, People and Needs, one tap apart. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun PeopleTabRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    needs: Boolean,
    open: (Destination) -> Unit,
) {
    Column(Modifier.fillMaxSize().padding(padding)) {
        // People or their needs: side by side while each label fits its half (beside the tick and
        // the padding); otherwise one above the other, whole, as a longer language at the largest
        // size needs.
        val choices = listOf(false to stringResource(R.string.tab_people), true to stringResource(R.string.people_tab_needs))
        val widest = widestWord(choices.map { it.second to MaterialTheme.typography.labelLarge })
        BoxWithConstraints(Modifier.fillMaxWidth().padding(start = 16.dp, end = 16.dp, top = 8.dp)) {
            val sideBySide = widest <= constraints.maxWidth / 2 - with(LocalDensity.current) { SEGMENT_CHROME.toPx() }
            val rows = if (sideBySide) listOf(choices) else choices.map { listOf(it) }
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                for (row in rows) {
                    SingleChoiceSegmentedButtonRow(Modifier.fillMaxWidth()) {
                        row.forEachIndexed { i, (showsNeeds, label) ->
                            SegmentedButton(
                                selected = needs == showsNeeds,
                                onClick = { open(Destination.People(needs = showsNeeds)) },
                                shape = SegmentedButtonDefaults.itemShape(i, row.size),
                            ) { Text(label) }
                        }
                    }
                }
            }
        }
        if (needs) NeedsRoute(host, PaddingValues(), networkId, open) else PeopleRoute(host, PaddingValues(), networkId, open)
    }
}

/** What a segment keeps beside its label: its padding each side and the tick of the chosen one. */
private val SEGMENT_CHROME = 56.dp

@Composable
fun PeopleRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember(networkId) { mutableStateOf(PeopleState(networkId = networkId)) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val loaded = load(host) { s -> s.peopleOverview(networkId, host.zone()) to s.networks() }
        state =
            when (loaded) {
                is Loaded.Ready -> state.copy(people = Loaded.Ready(loaded.value.first), networks = loaded.value.second)
                is Loaded.Failed -> state.copy(people = loaded)
                Loaded.Loading -> state
            }
    }
    LaunchedEffect(networkId) { reload() }

    PeopleScreen(
        state,
        padding,
        onOpen = { open(Destination.Person(it)) },
        onAdd = { open(Destination.EditPerson(null)) },
        onAddFromContacts = {
            scope.launch {
                val cards = host.pickContact() ?: return@launch
                // Under "All networks" with one network there is nothing to ask.
                val into = networkId ?: state.networks.singleOrNull()?.id
                state = state.copy(importing = ContactImport(cards, networkId = into), report = null, importFailed = false)
            }
        },
        onStartNetwork = { open(Destination.Networks) },
        onImport = { state = state.copy(importing = it) },
        onConfirmImport = {
            val draft = state.importing
            val role = draft?.role
            val into = draft?.networkId
            if (draft != null && role != null && into != null) {
                scope.launch {
                    state = state.copy(working = true, importing = null)
                    val report = withContext(Dispatchers.IO) { runCatching { host.store().importVcards(draft.vcards, into, role) } }
                    state = state.copy(working = false, report = report.getOrNull(), importFailed = report.isFailure)
                    reload()
                }
            }
        },
        onDismissReport = { state = state.copy(report = null) },
        onOpenSos = { open(Destination.Sos) },
        onOpenData = { open(Destination.Data) },
    )
}

@Composable
fun PersonRoute(
    host: TendHost,
    padding: PaddingValues,
    personId: Long,
    open: (Destination) -> Unit,
) {
    var state by remember(personId) { mutableStateOf(PersonState()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val page = withContext(Dispatchers.IO) { runCatching { host.store().personPage(personId, host.zone()) } }
        val e = page.exceptionOrNull()
        state =
            when {
                e is TendException.NotFound -> state.copy(gone = true)
                e != null -> state.copy(page = Loaded.Failed(host.failureOf(e)))
                else -> state.copy(page = Loaded.Ready(page.getOrThrow()))
            }
    }
    LaunchedEffect(personId) { reload() }

    /** Logs [data] once under [key], then says [message] and shows the page again; the refusal if any. */
    suspend fun log(
        data: CheckinData,
        key: String,
        note: String?,
        message: Int,
    ): Throwable? {
        state = state.copy(working = true)
        val logged = withContext(Dispatchers.IO) { runCatching { host.store().logCheckin(CheckinInput(data, host.zone(), note, key, null)) } }
        state = state.copy(working = false, message = if (logged.isSuccess) message else R.string.data_failed)
        // Their keep-in-touch reminder (or the thank-you nudge) is done.
        if (logged.isSuccess) replanQuietly(host)
        reload()
        return logged.exceptionOrNull()
    }
    val actions =
        object : PersonActions {
            override fun call(number: String) {
                phoneLink(number, PhoneLinkKind.CALL)?.let(host::open)
            }

            override fun text(number: String) {
                phoneLink(number, PhoneLinkKind.TEXT)?.let(host::open)
            }

            override fun email(address: String) = host.open("mailto:$address")

            // A key per "Log a contact": a retried save logs once, the next visit is a new contact.
            override fun startLog() {
                state = state.copy(logging = ContactLog(key = "contact-" + UUID.randomUUID()), message = null)
            }

            override fun changeLog(log: ContactLog?) {
                state = state.copy(logging = log)
            }

            override fun saveLog() {
                val l = state.logging ?: return
                val channel = l.channel ?: return
                val direction = l.direction ?: return
                scope.launch {
                    if (log(CheckinData.Contact(personId, channel, direction, l.support), l.key, null, R.string.person_logged) == null) {
                        state = state.copy(logging = null)
                    }
                }
            }

            // A key per "Say thank you".
            override fun startThanks() {
                state = state.copy(thanking = ThankYou(key = "thanks-" + UUID.randomUUID()), message = null)
            }

            override fun changeThanks(thanks: ThankYou?) {
                state = state.copy(thanking = thanks)
            }

            override fun saveThanks() {
                val t = state.thanking ?: return
                scope.launch {
                    val refused = log(CheckinData.Gratitude(personId), t.key, t.text, R.string.person_thanked)
                    state =
                        when {
                            refused == null -> state.copy(thanking = null)
                            // The core asks what the user is grateful for: said at the field.
                            (refused as? TendException.InvalidInput)?.field == "gratitude" -> state.copy(thanking = t.copy(empty = true), message = null)
                            else -> state
                        }
                }
            }

            override fun edit() = open(Destination.EditPerson(personId))

            override fun askRemove(ask: Boolean) {
                state = state.copy(confirmRemove = ask)
            }

            override fun remove() {
                scope.launch {
                    state = state.copy(working = true)
                    val removed = load(host) { it.removePerson(personId) }
                    state = state.copy(working = false, confirmRemove = false)
                    if (removed is Loaded.Ready) {
                        replanQuietly(host) // their reminders go
                        open(Destination.Back)
                    } else {
                        state = state.copy(message = R.string.data_failed)
                    }
                }
            }

            override fun openSos() = open(Destination.Sos)

            override fun openData() = open(Destination.Data)
        }
    PersonScreen(state, padding, actions)
}

@Composable
fun PersonEditorRoute(
    host: TendHost,
    padding: PaddingValues,
    personId: Long?,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember(personId) { mutableStateOf(EditorState(isNew = personId == null, cadenceChoices = cadenceChoices())) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(personId) {
        val loaded = load(host) { s -> personId?.let { s.person(it) } to s.networks() }
        state =
            when (loaded) {
                is Loaded.Ready -> {
                    val (p, networks) = loaded.value
                    val form =
                        p?.let {
                            PersonForm(
                                name = it.name, role = it.role, support = it.support.toSet(), supportTouched = true, contacts = it.contacts,
                                cadence = it.cadenceDays, windows = it.windows, emergency = it.emergency, avoid = it.avoid,
                                networks = it.networks.toSet(), notes = it.notes.orEmpty(),
                            )
                        } ?: PersonForm(networks = setOfNotNull(networkId?.takeIf { id -> networks.any { it.id == id } }))
                    state.copy(form = form, networks = networks)
                }
                is Loaded.Failed -> state.copy(loadFailed = loaded)
                Loaded.Loading -> state
            }
    }
    val actions =
        object : EditorActions {
            override fun change(form: PersonForm) {
                state = state.copy(form = form)
            }

            override fun pickRole(role: Role) {
                val f = state.form ?: return
                // A new person starts with what people in this role usually give (the core's
                // default), until the user picks for themselves.
                val support = if (state.isNew && !f.supportTouched) typicalSupport(role).toSet() else f.support
                state = state.copy(form = f.copy(role = role, support = support), invalid = state.invalid.takeIf { it != PersonField.ROLE })
            }

            override fun addingWindow(open: Boolean) {
                state = state.copy(addingWindow = open)
            }

            override fun addWindows(windows: List<ContactWindow>) {
                val f = state.form ?: return
                state = state.copy(form = f.copy(windows = (f.windows + windows).distinct()), addingWindow = false)
            }

            override fun save() {
                val f = state.form ?: return
                val role = f.role
                if (role == null) {
                    state = state.copy(invalid = PersonField.ROLE)
                    return
                }
                val input =
                    PersonInput(
                        name = f.name, role = role, support = SupportKind.entries.filter { it in f.support }, contacts = f.contacts,
                        cadenceDays = f.cadence, windows = f.windows, emergency = f.emergency, avoid = f.avoid,
                        notes = f.notes, networks = f.networks.toList(),
                    )
                scope.launch {
                    state = state.copy(saving = true, invalid = null, failed = false)
                    val saved =
                        withContext(Dispatchers.IO) {
                            runCatching { if (personId == null) host.store().addPerson(input) else host.store().updatePerson(personId, input) }
                        }
                    val e = saved.exceptionOrNull()
                    if (e == null) {
                        replanQuietly(host) // their keep-in-touch reminders, inside their good times
                        open(Destination.Back)
                        return@launch
                    }
                    val field = (e as? TendException.InvalidInput)?.let { personField(it.field) }
                    state = state.copy(saving = false, invalid = field, failed = field == null)
                }
            }

            override fun cancel() = open(Destination.Back)

            override fun openSos() = open(Destination.Sos)

            override fun openData() = open(Destination.Data)
        }
    PersonEditor(state, padding, actions)
}

/** The form's part a core refusal names (TendException.InvalidInput's field); null: none of them. */
fun personField(coreField: String): PersonField? =
    when (coreField) {
        "name" -> PersonField.NAME
        "role" -> PersonField.ROLE
        "support kind" -> PersonField.SUPPORT
        "cadence" -> PersonField.CADENCE
        "phone" -> PersonField.PHONE
        "email" -> PersonField.EMAIL
        "contact", "other", "contact kind" -> PersonField.CONTACT
        "contact window", "weekday" -> PersonField.WINDOWS
        "emergency" -> PersonField.EMERGENCY
        "network" -> PersonField.NETWORKS
        "notes" -> PersonField.NOTES
        else -> null
    }

@Composable
fun NeedsRoute(
    host: TendHost,
    padding: PaddingValues,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    var state by remember(networkId) { mutableStateOf(NeedsState()) }
    val scope = rememberCoroutineScope()

    suspend fun reload() {
        val loaded =
            load(host) { s ->
                val coverage = s.coverage(networkId)
                s.networks().filter { networkId == null || it.id == networkId }.map { n -> NetworkNeeds(n, coverage.filter { it.need.networkId == n.id }) }
            }
        state = state.copy(networks = loaded)
    }
    LaunchedEffect(networkId) { reload() }

    fun change(block: suspend (app.tend.ffi.TendStore) -> Unit) {
        scope.launch {
            state = state.copy(working = true)
            val done = load(host) { block(it) }
            state = state.copy(working = false, asking = null, failed = done is Loaded.Failed)
            reload()
        }
    }
    val actions =
        object : NeedsActions {
            override fun ask(draft: NeedDraft?) {
                state = state.copy(asking = draft)
            }

            override fun set(importance: Importance) {
                val d = state.asking ?: return
                // The need's note (set elsewhere) stays as it is.
                change { it.setNeed(d.networkId, d.kind, importance, d.note) }
            }

            override fun remove(
                networkId: Long,
                kind: SupportKind,
            ) = change { it.removeNeed(networkId, kind) }

            override fun openPerson(id: Long) = open(Destination.Person(id))

            override fun startNetwork() = open(Destination.Networks)

            override fun openSos() = open(Destination.Sos)

            override fun openData() = open(Destination.Data)
        }
    NeedsScreen(state, padding, actions)
}

private suspend fun replanQuietly(host: TendHost) {
    withContext(Dispatchers.IO) { runCatching { host.replan() } }
}
