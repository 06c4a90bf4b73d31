package io.renloop.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The font with Chinese glyphs that generated PDFs embed (as a subset): {@code renloop.pdf.cjk-font} when set,
 * else the first of a list of well-known system fonts. It must have TrueType outlines (.ttf, or a .ttc
 * collection such as WenQuanYi Micro Hei): PDFBox cannot embed the CFF outlines of Noto/Source Han .otf fonts.
 * The font is parsed once and kept open, as each document subsets it when saved.
 */
@Component
public class CjkFont {

	private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

	static final List<String> WELL_KNOWN = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"/Library/Fonts/Arial Unicode.ttf", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/msyh.ttc");

	private final List<Path> candidates;

	private TrueTypeFont font;

	public CjkFont(@Value("${renloop.pdf.cjk-font:}") String configured) {
		List<Path> paths = new ArrayList<>();
		if (StringUtils.hasText(configured)) {
			paths.add(Path.of(configured.strip()));
		}
		else {
			WELL_KNOWN.forEach(p -> paths.add(Path.of(p)));
		}
		this.candidates = List.copyOf(paths);
		Optional<Path> found = file();
		if (found.isPresent()) {
			log.info("PDF documents embed the CJK font {}", found.get());
		}
		else {
			log.warn("No CJK TrueType font found (looked at {}); offer PDFs cannot be made until renloop.pdf.cjk-font "
					+ "names one (e.g. apt-get install fonts-wqy-microhei)", candidates);
		}
	}

	/** The font file in use, if any exists. */
	public Optional<Path> file() {
		return candidates.stream().filter(Files::isReadable).findFirst();
	}

	/**
	 * The parsed font.
	 * @throws MissingCjkFontException when no font file exists
	 */
	public synchronized TrueTypeFont load() {
		if (font == null) {
			Path path = file().orElseThrow(() -> new MissingCjkFontException(candidates));
			try {
				font = parse(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the CJK font " + path, ex);
			}
		}
		return font;
	}

	private static TrueTypeFont parse(Path path) throws IOException {
		String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(f -> {
				if (first[0] == null) {
					first[0] = f;
				}
			});
			return first[0];
		}
		return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
	}

	/** No usable CJK font on this machine. */
	public static class MissingCjkFontException extends IllegalStateException {

		MissingCjkFontException(List<Path> looked) {
			super("No CJK TrueType font found at " + looked + ": set renloop.pdf.cjk-font");
		}
	}
}
