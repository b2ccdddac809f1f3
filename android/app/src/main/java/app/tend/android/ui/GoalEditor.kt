// Adding a goal (rendering only): in which network, what it counts (the kinds the core offers,
// narrowed to one person or group where the core allows), how many a day, week or month, who keeps
// the user company in it, and an optional title (the core makes one). The core checks it on Save
// and its refusal shows under the part it names.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.LoadFailure
import app.tend.core.CheckinKind
import app.tend.core.GoalKindChoice
import app.tend.core.Network
import app.tend.core.Period
import app.tend.core.Person
import app.tend.core.SupportGroup

/** A goal as chosen so far. */
data class GoalForm(
    val networkId: Long? = null,
    val kind: CheckinKind? = null,
    val personId: Long? = null,
    val groupId: Long? = null,
    val target: Int = 1,
    val period: Period = Period.WEEK,
    val partnerId: Long? = null,
    val title: String = "",
)

data class GoalEditorState(
    val form: GoalForm = GoalForm(),
    val networks: List<Network> = emptyList(),
    /** The kinds a goal may count, from the core (goalKinds), in its order. */
    val kinds: List<GoalKindChoice> = emptyList(),
    /** The chosen network's people (partner, and whom a contact or thank-you goal names). */
    val people: List<Person> = emptyList(),
    val groups: List<SupportGroup> = emptyList(),
    val loaded: Boolean = false,
    val refusal: Refusal? = null,
    val saving: Boolean = false,
    val failed: LoadFailure? = null,
)

/** What a goal counts, in plain words. */
fun goalKindLabel(kind: CheckinKind): Int =
    when (kind) {
        CheckinKind.MEETING -> R.string.goal_kind_meeting
        CheckinKind.CONTACT -> R.string.goal_kind_contact
        CheckinKind.DAILY -> R.string.goal_kind_daily
        CheckinKind.GRATITUDE -> R.string.goal_kind_gratitude
        CheckinKind.SOS -> R.string.log_kind_sos
    }

private val KNOWN_FIELDS = setOf("network", "goal kind", "person", "group", "target", "partner", "title")

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun GoalEditorScreen(
    state: GoalEditorState,
    padding: PaddingValues,
    onForm: (GoalForm) -> Unit,
    onSave: () -> Unit,
    onCancel: () -> Unit,
    onOpenNetworks: () -> Unit,
) {
    val form = state.form
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        state.failed?.let { Text(stringResource(R.string.cannot_read)) }
        if (!state.loaded) return@Column
        if (state.networks.isEmpty()) {
            Text(stringResource(R.string.goal_needs_network))
            OutlinedButton(onClick = onOpenNetworks) { Text(stringResource(R.string.goal_open_networks)) }
            return@Column
        }
        Text(stringResource(R.string.goal_intro))
        if (state.networks.size > 1) {
            Text(stringResource(R.string.goal_network_question), style = MaterialTheme.typography.labelLarge)
            Choices(state.networks.map { it.id }, form.networkId, { id -> state.networks.first { it.id == id }.name }) {
                onForm(form.copy(networkId = it, personId = null, partnerId = null))
            }
            RefusalText(state.refusal, "network")
        }
        Text(stringResource(R.string.goal_kind_question), style = MaterialTheme.typography.labelLarge)
        Choices(state.kinds.map { it.kind }, form.kind, { stringResource(goalKindLabel(it)) }) { k ->
            val choice = state.kinds.first { it.kind == k }
            onForm(form.copy(kind = k, personId = form.personId.takeIf { choice.namesPerson }, groupId = form.groupId.takeIf { choice.namesGroup }))
        }
        RefusalText(state.refusal, "goal kind")
        val choice = state.kinds.firstOrNull { it.kind == form.kind }
        if (choice?.namesPerson == true && state.people.isNotEmpty()) {
            Text(stringResource(R.string.goal_person_question), style = MaterialTheme.typography.labelLarge)
            Choices(listOf<Long?>(null) + state.people.map { it.id }, form.personId, { id -> state.people.firstOrNull { it.id == id }?.name ?: stringResource(R.string.goal_anyone) }) {
                onForm(form.copy(personId = it))
            }
            RefusalText(state.refusal, "person")
        }
        if (choice?.namesGroup == true && state.groups.isNotEmpty()) {
            Text(stringResource(R.string.goal_group_question), style = MaterialTheme.typography.labelLarge)
            Choices(listOf<Long?>(null) + state.groups.map { it.id }, form.groupId, { id -> state.groups.firstOrNull { it.id == id }?.name ?: stringResource(R.string.goal_any_group) }) {
                onForm(form.copy(groupId = it))
            }
            RefusalText(state.refusal, "group")
        }
        Text(stringResource(R.string.goal_target_question), style = MaterialTheme.typography.labelLarge)
        Stepper(
            androidx.compose.ui.res.pluralStringResource(R.plurals.goal_target, form.target, form.target),
            stringResource(R.string.goal_target_less),
            stringResource(R.string.goal_target_more),
            onLess = { onForm(form.copy(target = form.target - 1)) },
            onMore = { onForm(form.copy(target = form.target + 1)) },
        )
        Choices(Period.entries, form.period, { stringResource(periodLabel(it)) }) { onForm(form.copy(period = it)) }
        RefusalText(state.refusal, "target")
        Text(stringResource(R.string.goal_partner_question), style = MaterialTheme.typography.labelLarge)
        if (state.people.isEmpty()) Text(stringResource(R.string.goal_no_people), style = MaterialTheme.typography.bodySmall)
        Choices(listOf<Long?>(null) + state.people.map { it.id }, form.partnerId, { id -> state.people.firstOrNull { it.id == id }?.name ?: stringResource(R.string.goal_no_partner) }) {
            onForm(form.copy(partnerId = it))
        }
        RefusalText(state.refusal, "partner")
        OutlinedTextField(
            form.title,
            { onForm(form.copy(title = it)) },
            label = { Text(stringResource(R.string.goal_title_field)) },
            supportingText = { Text(stringResource(R.string.goal_title_hint)) },
            isError = state.refusal?.field == "title",
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        RefusalText(state.refusal, "title")
        if (state.refusal != null && state.refusal.field !in KNOWN_FIELDS) RefusalText(state.refusal)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Button(onClick = onSave, enabled = form.kind != null && !state.saving) { Text(stringResource(R.string.goal_save)) }
            TextButton(onClick = onCancel) { Text(stringResource(R.string.cancel)) }
        }
    }
}

/** A goal's period in plain words ("a week"). */
fun periodLabel(p: Period): Int =
    when (p) {
        Period.DAY -> R.string.period_day
        Period.WEEK -> R.string.period_week
        Period.MONTH -> R.string.period_month
    }
