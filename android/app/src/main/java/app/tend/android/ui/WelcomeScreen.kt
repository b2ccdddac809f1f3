// The first-launch guide, in the order people really build a network: name what you are working
// on, the kinds of support you need, the people who already help (from the phone's contacts or by
// hand) and what each of them covers, the gaps with the core's next step, then a daily check-in
// time — and only then the notification permission, with the reason. Every step can be skipped;
// skipping lands on Today.
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
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
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
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Coverage
import app.tend.core.Importance
import app.tend.core.Message
import app.tend.core.NetworkInput
import app.tend.core.Person
import app.tend.core.PersonInput
import app.tend.core.Role
import app.tend.core.SupportKind
import app.tend.ffi.typicalSupport
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.time.LocalDate

enum class WelcomeStep { NETWORK, NEEDS, PEOPLE, GAPS, CHECKIN }

/** The roles the guide offers for someone added by hand (the editor offers them all). */
val WELCOME_ROLES = listOf(Role.FRIEND, Role.FAMILY, Role.PEER, Role.SPONSOR, Role.THERAPIST, Role.COUNSELOR, Role.SUPPORT_WORKER, Role.DOCTOR)

/** Daily check-in times the guide offers, as the core's "HH:MM". */
val CHECKIN_TIMES = listOf("08:00", "12:30", "18:00", "20:00", "21:30")

data class WelcomeState(
    val step: WelcomeStep = WelcomeStep.NETWORK,
    val networkName: String = "",
    val networkId: Long? = null,
    val needs: Set<SupportKind> = emptySet(),
    val people: List<Person> = emptyList(),
    val personName: String = "",
    val personRole: Role = Role.FRIEND,
    val personCovers: Set<SupportKind> = emptySet(),
    /** How many people the last pick from contacts added. */
    val picked: Int? = null,
    val gaps: List<Coverage> = emptyList(),
    val checkinTime: String = "20:00",
    /** The core's refusal: the field it names and why. */
    val field: String? = null,
    val error: Message? = null,
    val busy: Boolean = false,
)

/** What the guide's buttons do. */
interface WelcomeActions {
    fun edit(state: WelcomeState)

    fun next()

    fun back()

    fun skip()

    fun pickContact()

    fun addPerson()

    fun toggleCover(
        person: Person,
        kind: SupportKind,
    )

    fun findMeeting()

    fun openSos()

    /** A new phone: restore a backup instead of starting again. */
    fun openData()
}

@Composable
fun supportHint(kind: SupportKind): Int =
    when (kind) {
        SupportKind.EMOTIONAL -> R.string.support_emotional_hint
        SupportKind.PRACTICAL -> R.string.support_practical_hint
        SupportKind.FINANCIAL -> R.string.support_financial_hint
        SupportKind.ACCOUNTABILITY -> R.string.support_accountability_hint
        SupportKind.INSPIRATION -> R.string.support_inspiration_hint
        SupportKind.PROFESSIONAL_GUIDANCE -> R.string.support_professional_hint
    }

fun roleLabel(role: Role): Int =
    when (role) {
        Role.FRIEND -> R.string.role_friend
        Role.FAMILY -> R.string.role_family
        Role.PEER -> R.string.role_peer
        Role.SPONSOR -> R.string.role_sponsor
        Role.THERAPIST -> R.string.role_therapist
        Role.COUNSELOR -> R.string.role_counselor
        Role.SUPPORT_WORKER -> R.string.role_support_worker
        Role.DOCTOR -> R.string.role_doctor
        Role.GROUP_FACILITATOR -> R.string.role_group_facilitator
        Role.OTHER -> R.string.role_other
    }

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun WelcomeScreen(
    state: WelcomeState,
    a: WelcomeActions,
) {
    Scaffold(
        bottomBar = {
            // Next the full width, the ways out beneath it: nothing squeezed at the largest text.
            Column(Modifier.fillMaxWidth().padding(horizontal = 16.dp, vertical = 8.dp)) {
                Button(onClick = a::next, enabled = !state.busy, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                    Text(stringResource(if (state.step == WelcomeStep.CHECKIN) R.string.welcome_finish else R.string.welcome_next))
                }
                FlowRow(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
                    if (state.step != WelcomeStep.NETWORK) TextButton(onClick = a::back, modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.back)) }
                    TextButton(onClick = a::skip, modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.welcome_skip)) }
                }
            }
        },
    ) { padding ->
        LazyColumn(
            Modifier.fillMaxSize().padding(padding),
            contentPadding = PaddingValues(16.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            item {
                Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    LinearProgressIndicator(progress = { (state.step.ordinal + 1f) / WelcomeStep.entries.size }, modifier = Modifier.weight(1f))
                    SosButton(a::openSos)
                }
            }
            when (state.step) {
                WelcomeStep.NETWORK -> {
                    item { StepTitle(R.string.welcome_network_title) }
                    item { Text(stringResource(R.string.welcome_network_body)) }
                    item {
                        OutlinedTextField(
                            value = state.networkName,
                            onValueChange = { a.edit(state.copy(networkName = it, field = null, error = null)) },
                            label = { Text(stringResource(R.string.network_name)) },
                            supportingText = { Text(if (state.field == "network name") refusalWords(state.error) else stringResource(R.string.network_name_hint)) },
                            isError = state.field == "network name",
                            singleLine = true,
                            modifier = Modifier.fillMaxWidth(),
                        )
                    }
                    item {
                        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                            for (suggestion in listOf(R.string.welcome_network_recovery, R.string.welcome_network_health, R.string.welcome_network_change)) {
                                val text = stringResource(suggestion)
                                FilterChip(selected = state.networkName == text, onClick = { a.edit(state.copy(networkName = text, field = null, error = null)) }, label = { Text(text) }, modifier = Modifier.heightIn(min = 48.dp))
                            }
                        }
                    }
                    item { TextButton(onClick = a::openData, modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.welcome_restore)) } }
                }
                WelcomeStep.NEEDS -> {
                    item { StepTitle(R.string.welcome_needs_title) }
                    item { Text(stringResource(R.string.welcome_needs_body)) }
                    items(SupportKind.entries, key = { it.name }) { kind ->
                        SupportChoice(kind, kind in state.needs) { on -> a.edit(state.copy(needs = if (on) state.needs + kind else state.needs - kind)) }
                    }
                }
                WelcomeStep.PEOPLE -> {
                    item { StepTitle(R.string.welcome_people_title) }
                    item { Text(stringResource(R.string.welcome_people_body)) }
                    item {
                        OutlinedButton(onClick = a::pickContact, enabled = !state.busy, modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.welcome_from_contacts)) }
                    }
                    state.picked?.let { n -> item { Text(pluralStringResource(R.plurals.welcome_picked, n, n)) } }
                    items(state.people, key = { it.id }) { p -> AddedPerson(p, state.needs, a) }
                    item { HandPerson(state, a) }
                }
                WelcomeStep.GAPS -> {
                    item { StepTitle(R.string.welcome_gaps_title) }
                    if (state.gaps.isEmpty()) {
                        item { Text(stringResource(if (state.needs.isEmpty()) R.string.welcome_gaps_none_named else R.string.welcome_gaps_none)) }
                    } else {
                        item { Text(stringResource(R.string.welcome_gaps_body)) }
                        items(state.gaps, key = { it.need.id }) { g ->
                            Card(Modifier.fillMaxWidth()) {
                                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                                    Text(stringResource(supportLabel(g.need.kind)), style = MaterialTheme.typography.titleSmall)
                                    g.nextStep?.let { Text(messageText(it)) }
                                }
                            }
                        }
                    }
                    item {
                        Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.secondaryContainer)) {
                            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                                Text(stringResource(R.string.welcome_meeting_offer))
                                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                                    Button(onClick = a::findMeeting) { Text(stringResource(R.string.search)) }
                                    OutlinedButton(onClick = a::openSos) { Text(stringResource(R.string.sos_help)) }
                                }
                            }
                        }
                    }
                }
                WelcomeStep.CHECKIN -> {
                    item { StepTitle(R.string.welcome_checkin_title) }
                    item { Text(stringResource(R.string.welcome_checkin_body)) }
                    item {
                        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                            for (t in CHECKIN_TIMES) {
                                FilterChip(selected = state.checkinTime == t, onClick = { a.edit(state.copy(checkinTime = t)) }, label = { Text(localTime(t)) }, modifier = Modifier.heightIn(min = 48.dp))
                            }
                        }
                    }
                    item { Text(stringResource(R.string.welcome_permission_reason), style = MaterialTheme.typography.bodyMedium) }
                }
            }
        }
    }
}

@Composable
private fun StepTitle(text: Int) {
    Text(stringResource(text), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
}

/** One kind of support as a choice: its name and what it means, the whole card the target. */
@Composable
fun SupportChoice(
    kind: SupportKind,
    selected: Boolean,
    onChange: (Boolean) -> Unit,
) {
    FilterChip(
        selected = selected,
        onClick = { onChange(!selected) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
        leadingIcon = if (selected) ({ Tick() }) else null,
        label = {
            Column(Modifier.padding(vertical = 8.dp)) {
                Text(stringResource(supportLabel(kind)), style = MaterialTheme.typography.titleSmall)
                Text(stringResource(supportHint(kind)), style = MaterialTheme.typography.bodySmall)
            }
        },
    )
}

/** The mark on a chosen chip (its "selected" state is what TalkBack says). */
@Composable
fun Tick() {
    Text("✓", style = MaterialTheme.typography.titleMedium, modifier = Modifier.clearAndSetSemantics {})
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun AddedPerson(
    p: Person,
    needs: Set<SupportKind>,
    a: WelcomeActions,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(R.string.welcome_person_line, p.name, stringResource(roleLabel(p.role))), style = MaterialTheme.typography.titleSmall)
            Text(stringResource(R.string.welcome_person_covers), style = MaterialTheme.typography.bodySmall)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (kind in needs.ifEmpty { SupportKind.entries.toSet() }.sortedBy { it.ordinal }) {
                    FilterChip(selected = kind in p.support, onClick = { a.toggleCover(p, kind) }, label = { Text(stringResource(supportLabel(kind))) }, modifier = Modifier.heightIn(min = 48.dp))
                }
            }
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun HandPerson(
    state: WelcomeState,
    a: WelcomeActions,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(R.string.welcome_by_hand), style = MaterialTheme.typography.titleSmall)
            OutlinedTextField(
                value = state.personName,
                onValueChange = { a.edit(state.copy(personName = it, field = null, error = null)) },
                label = { Text(stringResource(R.string.person_name)) },
                supportingText = { if (state.field == "name") Text(refusalWords(state.error)) },
                isError = state.field == "name",
                singleLine = true,
                modifier = Modifier.fillMaxWidth(),
            )
            Text(stringResource(R.string.person_role), style = MaterialTheme.typography.bodySmall)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (role in WELCOME_ROLES) {
                    FilterChip(
                        selected = state.personRole == role,
                        onClick = { a.edit(state.copy(personRole = role, personCovers = typicalSupport(role).toSet())) },
                        label = { Text(stringResource(roleLabel(role))) },
                        modifier = Modifier.heightIn(min = 48.dp),
                    )
                }
            }
            Text(stringResource(R.string.welcome_person_covers), style = MaterialTheme.typography.bodySmall)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (kind in SupportKind.entries) {
                    FilterChip(
                        selected = kind in state.personCovers,
                        onClick = { a.edit(state.copy(personCovers = if (kind in state.personCovers) state.personCovers - kind else state.personCovers + kind)) },
                        label = { Text(stringResource(supportLabel(kind))) },
                        modifier = Modifier.heightIn(min = 48.dp),
                    )
                }
            }
            Button(onClick = a::addPerson, enabled = !state.busy && state.personName.isNotBlank(), modifier = Modifier.heightIn(min = 48.dp)) { Text(stringResource(R.string.welcome_add_person)) }
        }
    }
}

/** A core "HH:MM" as the phone writes times (15:30, 3:30 PM). */
fun localTime(hhmm: String): String =
    runCatching {
        java.time.LocalTime.parse(hhmm).format(java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT))
    }.getOrDefault(hhmm)

/** The guide against the store: each step's answers are saved when the user moves on. */
@Composable
fun WelcomeRoute(
    host: TendHost,
    onOpenSos: () -> Unit,
    onOpenData: () -> Unit,
    /** The guide is over; true when the user asked to find a meeting. */
    onDone: (findMeeting: Boolean) -> Unit,
) {
    var state by remember { mutableStateOf(WelcomeState(checkinTime = "20:00")) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(Unit) {
        val times = (load(host) { it.settings().checkinTimes } as? Loaded.Ready)?.value
        times?.firstOrNull()?.let { m -> state = state.copy(checkinTime = "%02d:%02d".format(m.toInt() / 60, m.toInt() % 60)) }
    }

    /** Runs [block] on the store; a refusal is shown next to its field and the step stays. */
    fun save(
        then: (WelcomeState) -> WelcomeState,
        block: suspend (app.tend.ffi.TendStore) -> WelcomeState,
    ) {
        scope.launch {
            state = state.copy(busy = true)
            val result = runCatching { withContext(Dispatchers.IO) { block(host.store()) } }
            state =
                result.fold(
                    { then(it).copy(busy = false, field = null, error = null) },
                    { e ->
                        val (field, reason) = refusal(e)
                        state.copy(busy = false, field = field, error = reason)
                    },
                )
        }
    }

    suspend fun peopleOf(
        s: app.tend.ffi.TendStore,
        id: Long?,
    ): List<Person> = id?.let { s.people(it) }.orEmpty()

    val actions =
        object : WelcomeActions {
            override fun edit(state2: WelcomeState) {
                state = state2
            }

            override fun next() {
                val st = state
                when (st.step) {
                    WelcomeStep.NETWORK ->
                        save({ it.copy(step = WelcomeStep.NEEDS) }) { s ->
                            // The day the user starts with Tend is the day their milestones count from.
                            val input = NetworkInput(st.networkName.trim(), null, LocalDate.now().toString())
                            val n = st.networkId?.let { s.updateNetwork(it, input) } ?: s.addNetwork(input)
                            st.copy(networkId = n.id)
                        }
                    WelcomeStep.NEEDS ->
                        save({ it.copy(step = WelcomeStep.PEOPLE) }) { s ->
                            val id = st.networkId ?: return@save st
                            val set = s.coverage(id).map { it.need.kind }.toSet()
                            for (k in st.needs - set) s.setNeed(id, k, Importance.ESSENTIAL, null)
                            for (k in set - st.needs) s.removeNeed(id, k)
                            st
                        }
                    WelcomeStep.PEOPLE ->
                        save({ it.copy(step = WelcomeStep.GAPS) }) { s ->
                            st.copy(gaps = st.networkId?.let { id -> s.coverage(id).filter { it.coveredBy.isEmpty() } }.orEmpty())
                        }
                    WelcomeStep.GAPS -> state = st.copy(step = WelcomeStep.CHECKIN)
                    WelcomeStep.CHECKIN ->
                        scope.launch {
                            state = st.copy(busy = true)
                            load(host) { it.setSetting("checkin_times", st.checkinTime) }
                            // Only now, after saying why: the permission for those reminders.
                            if (!host.notificationsAllowed()) host.askNotifications()
                            withContext(Dispatchers.IO) { runCatching { host.replan() } }
                            onDone(false)
                        }
                }
            }

            override fun back() {
                state = state.copy(step = WelcomeStep.entries[maxOf(0, state.step.ordinal - 1)], field = null, error = null)
            }

            override fun skip() = onDone(false)

            override fun pickContact() {
                scope.launch {
                    val card = host.pickContact() ?: return@launch
                    val st = state
                    save({ it }) { s ->
                        // They join the network named in the first step.
                        val id = st.networkId ?: return@save st
                        val report = s.importVcards(card, id, Role.FRIEND)
                        st.copy(networkId = id, picked = (report.created + report.updated).toInt(), people = peopleOf(s, id))
                    }
                }
            }

            override fun addPerson() {
                val st = state
                save({ it }) { s ->
                    val id = st.networkId
                    s.addPerson(PersonInput(st.personName.trim(), st.personRole, st.personCovers.toList(), emptyList(), null, emptyList(), false, false, null, listOfNotNull(id)))
                    st.copy(people = peopleOf(s, id), personName = "", personRole = Role.FRIEND, personCovers = typicalSupport(Role.FRIEND).toSet())
                }
            }

            override fun toggleCover(
                person: Person,
                kind: SupportKind,
            ) {
                val st = state
                save({ it }) { s ->
                    val support = if (kind in person.support) person.support - kind else person.support + kind
                    s.updatePerson(
                        person.id,
                        PersonInput(person.name, person.role, support, person.contacts, person.cadenceDays, person.windows, person.emergency, person.avoid, person.notes, person.networks),
                    )
                    st.copy(people = peopleOf(s, st.networkId))
                }
            }

            override fun findMeeting() = onDone(true)

            override fun openSos() = onOpenSos()

            override fun openData() = onOpenData()
        }
    WelcomeScreen(state, actions)
}
