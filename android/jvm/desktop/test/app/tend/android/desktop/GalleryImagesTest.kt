// The gallery scripts/screens.sh wrote: every screen in every variant, none blank, light and dark
// visibly different.
package app.tend.android.desktop

import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File
import javax.imageio.ImageIO

class GalleryImagesTest {
    private val dir = File(System.getProperty("tend.screens.dir") ?: "build/screens")

    private fun pixels(f: File): IntArray {
        val img = ImageIO.read(f)
        return img.getRGB(0, 0, img.width, img.height, null, 0, img.width)
    }

    @Test
    fun every_screen_and_variant_is_there_and_not_blank() {
        for (scene in scenes()) {
            for (v in Variant.entries) {
                val f = File(dir, "${scene.name}-${v.id}.png")
                assertTrue("missing ${f.name}", f.isFile)
                val px = pixels(f)
                // Not one flat colour: at least a few hundred distinct pixels' worth of content.
                val distinct = px.toSet().size
                assertTrue("${f.name} looks blank ($distinct colours)", distinct > 20)
            }
        }
        assertTrue(File(dir, "index.html").readText().contains("today-light.png"))
    }

    @Test
    fun light_and_dark_differ() {
        for (scene in scenes()) {
            val light = pixels(File(dir, "${scene.name}-light.png"))
            val dark = pixels(File(dir, "${scene.name}-dark.png"))
            val differing = light.indices.count { light[it] != dark[it] }
            assertTrue("${scene.name}: light and dark are nearly the same", differing > light.size / 3)
        }
    }
}
