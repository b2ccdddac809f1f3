// "Who did you reach?" after a bundle's Done: rendering only. What to ask and what to log is
// logic/BundleChooser.kt.
package app.tend.android.ui

import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.res.stringResource
import app.tend.android.R
import app.tend.android.logic.BundleChoice

@Composable
fun BundleDialog(
    choice: BundleChoice,
    onToggle: (Long) -> Unit,
    onAnswer: (BundleChoice) -> Unit,
    onDismiss: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.bundle_question)) },
        text = {
            Column {
                for (person in choice.people) {
                    Row(
                        Modifier.fillMaxWidth().toggleable(value = person.id in choice.picked, role = Role.Checkbox, onValueChange = { onToggle(person.id) }),
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        Checkbox(checked = person.id in choice.picked, onCheckedChange = null)
                        Text(person.name)
                    }
                }
            }
        },
        confirmButton = {
            TextButton(onClick = { onAnswer(choice) }, enabled = choice.toLog.isNotEmpty()) { Text(stringResource(R.string.bundle_log)) }
        },
        // "None of them" answers too (nothing logged), so the question is not asked again.
        dismissButton = { TextButton(onClick = { onAnswer(choice.copy(picked = emptySet())) }) { Text(stringResource(R.string.bundle_none)) } },
    )
}
