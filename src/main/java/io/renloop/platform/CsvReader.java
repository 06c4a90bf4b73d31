package io.renloop.platform;

import io.renloop.platform.SpreadsheetCells;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in UTF-8, with or without a byte order mark, or in GBK/GB18030, as Excel saves CSV on Chinese
 * Windows; separated by commas or, as some spreadsheet programs write it, semicolons. The first record is the
 * header; row numbers count records from 1.
 */
final class CsvReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private CsvReader() {
	}

	static SheetTable read(byte[] content) throws UnreadableFileException {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		List<String> header = null;
		List<SheetTable.Row> rows = new ArrayList<>();
		int number = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				number++;
				SheetTable.Row row = new SheetTable.Row(number, cells(record));
				if (row.blank()) {
					continue;
				}
				if (header == null) {
					header = row.cells();
				}
				else if (rows.size() == SpreadsheetReader.MAX_ROWS) {
					throw new UnreadableFileException("error.import.tooManyRows", SpreadsheetReader.MAX_ROWS);
				}
				else {
					rows.add(row);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableFileException("error.import.malformedCsv", number + 1);
		}
		if (header == null) {
			throw new UnreadableFileException("error.import.noHeader");
		}
		return new SheetTable(header, rows);
	}

	private static List<String> cells(CSVRecord record) {
		List<String> cells = new ArrayList<>(record.size());
		record.forEach(value -> cells.add(SpreadsheetCells.restored(value)));
		return cells;
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). Chinese text in GBK is
	 * practically never valid UTF-8, so the order decides nothing for real files; bytes valid in neither are refused.
	 */
	private static String decode(byte[] content) throws UnreadableFileException {
		for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
			try {
				return charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException ex) {
				// try the next encoding
			}
		}
		throw new UnreadableFileException("error.import.unknownEncoding");
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		return firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
	}
}
