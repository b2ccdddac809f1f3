// Adding or editing a person (rendering only): name, who they are to the user, how they help, how
// often to keep in touch, how to reach them, good times to reach them, emergency contact, "keep my
// distance" with what it means, their networks and private notes. Saving and its checks are the
// core's (addPerson / updatePerson): a refusal names a field, and its message shows next to it.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role as SemanticsRole
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.ContactKind
import app.tend.core.ContactMethod
import app.tend.core.ContactWindow
import app.tend.core.Network
import app.tend.core.Role
import app.tend.core.SupportKind

/** What the user has entered so far. */
data class PersonForm(
    val name: String = "",
    val role: Role? = null,
    val support: Set<SupportKind> = emptySet(),
    /** The user chose the support themselves: picking another role no longer resets it. */
    val supportTouched: Boolean = false,
    val contacts: List<ContactMethod> = emptyList(),
    val cadence: UInt? = null,
    val windows: List<ContactWindow> = emptyList(),
    val emergency: Boolean = false,
    val avoid: Boolean = false,
    val networks: Set<Long> = emptySet(),
    val notes: String = "",
)

/** The parts of the form a refusal can name. */
enum class PersonField { NAME, ROLE, SUPPORT, CADENCE, PHONE, EMAIL, CONTACT, WINDOWS, EMERGENCY, NETWORKS, NOTES }

data class EditorState(
    /** Null while the person loads. */
    val form: PersonForm? = null,
    val isNew: Boolean = true,
    val networks: List<Network> = emptyList(),
    /** The core's keep-in-touch choices, in days. */
    val cadenceChoices: List<UInt> = emptyList(),
    val invalid: PersonField? = null,
    /** Saving failed for a reason no field names. */
    val failed: Boolean = false,
    val saving: Boolean = false,
    val addingWindow: Boolean = false,
    val loadFailed: Loaded.Failed? = null,
)

interface EditorActions {
    fun change(form: PersonForm)

    fun pickRole(role: Role)

    fun addingWindow(open: Boolean)

    fun addWindows(windows: List<ContactWindow>)

    fun save()

    fun cancel()

    fun openSos()

    fun openData()
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun PersonEditor(
    state: EditorState,
    padding: PaddingValues,
    actions: EditorActions,
) {
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        state.loadFailed?.let { FailureCard(it.failure, actions::openSos, actions::openData) }
        val f = state.form ?: return@Column
        val invalid = state.invalid

        OutlinedTextField(
            value = f.name,
            onValueChange = { actions.change(f.copy(name = it)) },
            label = { Text(stringResource(R.string.edit_name)) },
            singleLine = true,
            isError = invalid == PersonField.NAME,
            supportingText = fieldError(invalid, PersonField.NAME),
            modifier = Modifier.fillMaxWidth(),
        )

        Section(R.string.edit_role) {
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (role in Role.entries) {
                    FilterChip(selected = f.role == role, onClick = { actions.pickRole(role) }, label = { Text(stringResource(roleLabel(role))) })
                }
            }
            ErrorText(invalid, PersonField.ROLE)
        }

        Section(R.string.edit_support) {
            if (state.isNew && !f.supportTouched && f.role != null) {
                Text(stringResource(R.string.edit_support_hint), style = MaterialTheme.typography.bodySmall)
            }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (k in SupportKind.entries) {
                    val on = k in f.support
                    FilterChip(
                        selected = on,
                        onClick = { actions.change(f.copy(support = if (on) f.support - k else f.support + k, supportTouched = true)) },
                        label = { Text(stringResource(supportLabel(k))) },
                    )
                }
            }
            ErrorText(invalid, PersonField.SUPPORT)
        }

        Section(R.string.edit_cadence) {
            val choices = listOf<UInt?>(null) + (state.cadenceChoices + listOfNotNull(f.cadence)).distinct().sorted()
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (c in choices) {
                    FilterChip(selected = f.cadence == c, onClick = { actions.change(f.copy(cadence = c)) }, label = { Text(cadenceLabel(c)) })
                }
            }
            ErrorText(invalid, PersonField.CADENCE)
        }

        Section(R.string.edit_contacts) {
            f.contacts.forEachIndexed { i, c -> ContactField(f, i, c, invalid, actions) }
            ErrorText(invalid, PersonField.PHONE)
            ErrorText(invalid, PersonField.EMAIL)
            ErrorText(invalid, PersonField.CONTACT)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                OutlinedButton(onClick = { actions.change(f.copy(contacts = f.contacts + ContactMethod(ContactKind.PHONE, ""))) }) {
                    Text(stringResource(R.string.edit_add_phone))
                }
                OutlinedButton(onClick = { actions.change(f.copy(contacts = f.contacts + ContactMethod(ContactKind.EMAIL, ""))) }) {
                    Text(stringResource(R.string.edit_add_email))
                }
            }
        }

        Section(R.string.edit_windows) {
            Text(stringResource(R.string.edit_windows_hint), style = MaterialTheme.typography.bodySmall)
            for ((line, ws) in windowGroups(f.windows)) {
                Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
                    Text(line, Modifier.weight(1f))
                    val remove = stringResource(R.string.edit_window_remove, line)
                    TextButton(onClick = { actions.change(f.copy(windows = f.windows - ws.toSet())) }, modifier = Modifier.semantics { contentDescription = remove }) {
                        Text(stringResource(R.string.person_remove))
                    }
                }
            }
            ErrorText(invalid, PersonField.WINDOWS)
            OutlinedButton(onClick = { actions.addingWindow(true) }) { Text(stringResource(R.string.edit_window_add)) }
        }

        SwitchRow(R.string.edit_emergency, R.string.edit_emergency_hint, f.emergency) { actions.change(f.copy(emergency = it)) }
        ErrorText(invalid, PersonField.EMERGENCY)
        SwitchRow(R.string.edit_avoid, R.string.edit_avoid_hint, f.avoid) { actions.change(f.copy(avoid = it)) }

        if (state.networks.isNotEmpty()) {
            Section(R.string.edit_networks) {
                for (n in state.networks) {
                    val on = n.id in f.networks
                    Row(
                        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = on, role = SemanticsRole.Checkbox) {
                            actions.change(f.copy(networks = if (it) f.networks + n.id else f.networks - n.id))
                        },
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        Checkbox(checked = on, onCheckedChange = null)
                        Text(n.name, Modifier.padding(start = 8.dp))
                    }
                }
                ErrorText(invalid, PersonField.NETWORKS)
            }
        }

        OutlinedTextField(
            value = f.notes,
            onValueChange = { actions.change(f.copy(notes = it)) },
            label = { Text(stringResource(R.string.edit_notes)) },
            minLines = 2,
            isError = invalid == PersonField.NOTES,
            supportingText = fieldError(invalid, PersonField.NOTES),
            modifier = Modifier.fillMaxWidth(),
        )

        if (state.failed) Text(stringResource(R.string.data_failed), color = MaterialTheme.colorScheme.error)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Button(onClick = actions::save, enabled = !state.saving) { Text(stringResource(R.string.save)) }
            TextButton(onClick = actions::cancel) { Text(stringResource(R.string.cancel)) }
        }
    }
    if (state.addingWindow) WindowDialog(onDismiss = { actions.addingWindow(false) }, onAdd = actions::addWindows)
}

@Composable
private fun Section(
    title: Int,
    content: @Composable () -> Unit,
) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(stringResource(title))
        content()
    }
}

@Composable
private fun ContactField(
    f: PersonForm,
    index: Int,
    c: ContactMethod,
    invalid: PersonField?,
    actions: EditorActions,
) {
    val (label, keyboard, field) =
        when (c.kind) {
            ContactKind.PHONE -> Triple(R.string.edit_phone, KeyboardType.Phone, PersonField.PHONE)
            ContactKind.EMAIL -> Triple(R.string.edit_email, KeyboardType.Email, PersonField.EMAIL)
            ContactKind.OTHER -> Triple(R.string.edit_other, KeyboardType.Text, PersonField.CONTACT)
        }
    val name = stringResource(label)
    // Remove below the field when its label would not fit beside the button (German at the largest text size).
    BesideOrBelow(
        listOf(name to MaterialTheme.typography.bodyLarge),
        Modifier.fillMaxWidth(),
        inset = 32.dp,
        main = {
            OutlinedTextField(
                value = c.value,
                onValueChange = { v -> actions.change(f.copy(contacts = f.contacts.mapIndexed { j, m -> if (j == index) m.copy(value = v) else m })) },
                label = { Text(name) },
                singleLine = true,
                isError = invalid == field,
                keyboardOptions = KeyboardOptions(keyboardType = keyboard),
                modifier = Modifier.fillMaxWidth(),
            )
        },
        side = {
            val remove = stringResource(R.string.edit_contact_remove, c.value.ifBlank { name })
            TextButton(
                onClick = { actions.change(f.copy(contacts = f.contacts.filterIndexed { j, _ -> j != index })) },
                modifier = Modifier.semantics { contentDescription = remove },
            ) { Text(stringResource(R.string.person_remove)) }
        },
    )
}

@Composable
private fun SwitchRow(
    title: Int,
    hint: Int,
    on: Boolean,
    onChange: (Boolean) -> Unit,
) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = on, role = SemanticsRole.Switch, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Column(Modifier.weight(1f).padding(end = 12.dp), verticalArrangement = Arrangement.spacedBy(2.dp)) {
            Text(stringResource(title), style = MaterialTheme.typography.titleSmall)
            Text(stringResource(hint), style = MaterialTheme.typography.bodySmall)
        }
        Switch(checked = on, onCheckedChange = null)
    }
}

@Composable
private fun cadenceLabel(days: UInt?): String {
    val d = days?.toInt() ?: return stringResource(R.string.cadence_none)
    return if (d % 7 == 0) pluralStringResource(R.plurals.cadence_weeks, d / 7, d / 7) else pluralStringResource(R.plurals.cadence_days, d, d)
}

/** The message for [field] when the core refused it, under the field. */
private fun fieldError(
    invalid: PersonField?,
    field: PersonField,
): (@Composable () -> Unit)? = if (invalid == field) ({ Text(stringResource(errorText(field))) }) else null

@Composable
private fun ErrorText(
    invalid: PersonField?,
    field: PersonField,
) {
    if (invalid == field) Text(stringResource(errorText(field)), color = MaterialTheme.colorScheme.error)
}

private fun errorText(field: PersonField): Int =
    when (field) {
        PersonField.NAME -> R.string.person_error_name
        PersonField.ROLE -> R.string.person_error_role
        PersonField.SUPPORT -> R.string.data_failed
        PersonField.CADENCE -> R.string.person_error_cadence
        PersonField.PHONE -> R.string.person_error_phone
        PersonField.EMAIL -> R.string.person_error_email
        PersonField.CONTACT -> R.string.person_error_contact
        PersonField.WINDOWS -> R.string.person_error_window
        PersonField.EMERGENCY -> R.string.person_error_emergency
        PersonField.NETWORKS -> R.string.person_error_network
        PersonField.NOTES -> R.string.person_error_notes
    }

/**
 * Good times to reach them: the days, from, until (an end before the start runs past midnight).
 * Times in half hours, from a list: big targets that read the same at any text size.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun WindowDialog(
    onDismiss: () -> Unit,
    onAdd: (List<ContactWindow>) -> Unit,
) {
    val week = weekdaysInLocalOrder()
    var days by remember { mutableStateOf(emptySet<Int>()) }
    var from by remember { mutableIntStateOf(9 * 60) }
    var until by remember { mutableIntStateOf(17 * 60) }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.edit_window_add)) },
        text = {
            Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                SectionTitle(stringResource(R.string.window_days))
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (d in week) {
                        FilterChip(selected = d in days, onClick = { days = if (d in days) days - d else days + d }, label = { Text(weekdayName(d)) })
                    }
                }
                TimeChoice(R.string.window_from, from) { from = it }
                TimeChoice(R.string.window_until, until) { until = it }
                if (until < from) Text(stringResource(R.string.window_past_midnight), style = MaterialTheme.typography.bodySmall)
            }
        },
        confirmButton = {
            TextButton(
                onClick = { onAdd(week.filter { it in days }.map { ContactWindow(it.toUByte(), from.toUShort(), until.toUShort()) }) },
                enabled = days.isNotEmpty(),
            ) { Text(stringResource(R.string.import_add)) }
        },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.cancel)) } },
    )
}

/** "From 9:00 AM": a button that opens the day's half hours. */
@Composable
private fun TimeChoice(
    label: Int,
    minute: Int,
    onPick: (Int) -> Unit,
) {
    var open by remember { mutableStateOf(false) }
    Box {
        OutlinedButton(onClick = { open = true }) { Text(stringResource(label, clockText(minute))) }
        DropdownMenu(expanded = open, onDismissRequest = { open = false }) {
            for (m in 0 until 24 * 60 step 30) {
                DropdownMenuItem(text = { Text(clockText(m)) }, onClick = {
                    onPick(m)
                    open = false
                })
            }
        }
    }
}
