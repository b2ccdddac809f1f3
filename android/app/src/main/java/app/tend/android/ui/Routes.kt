// The pages the People, Meetings, Progress and More tabs open, each a route of its own file:
// one place that says which composable serves which destination.
package app.tend.android.ui

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

@Composable
fun ScreenRoutes(
    host: TendHost,
    padding: PaddingValues,
    d: Destination,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    when (d) {
        else -> Text(d.toString(), Modifier.fillMaxSize().padding(padding).padding(16.dp))
    }
}
