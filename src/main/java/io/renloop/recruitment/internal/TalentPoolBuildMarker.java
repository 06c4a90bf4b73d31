package io.renloop.recruitment.internal;

import io.renloop.platform.RenloopProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whether the talent-pool index on disk was built from this database by this index format. The marker
 * file next to the index names both; an index without it, or with another one (the data directory was copied,
 * the database replaced, the format changed), is rebuilt.
 */
@Component
class TalentPoolBuildMarker {

	/**
	 * Raise when documents change shape, so that indexes built before are rebuilt. 2: titles, skills and recent
	 * position fields; vectors pooled from the resume's blocks.
	 */
	static final int FORMAT = 2;

	private final JdbcTemplate jdbc;

	private final Path indexDirectory;

	private final Path file;

	TalentPoolBuildMarker(JdbcTemplate jdbc, RenloopProperties properties) {
		this.jdbc = jdbc;
		this.indexDirectory = properties.dataDirectory().resolve(TalentPoolLocation.DIRECTORY);
		this.file = properties.dataDirectory().resolve(TalentPoolLocation.DIRECTORY + ".marker");
	}

	boolean isCurrent() {
		try {
			return Files.isDirectory(indexDirectory) && Files.exists(file)
					&& Files.readString(file, StandardCharsets.UTF_8).equals(expected());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Records that the index now matches this database. */
	void markCurrent() {
		try {
			Files.writeString(file, expected(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String expected() {
		String database = jdbc.queryForObject("select database_id::text from recruitment.talent_pool_state where id = 1",
				String.class);
		return "format=" + FORMAT + " database=" + database;
	}
}
