package io.renloop.recruitment.web;

import io.renloop.recruitment.ResumeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded parts as resume files; parts without a name and content (an empty file input) are left out. */
final class UploadedFiles {

	private UploadedFiles() {
	}

	@SafeVarargs
	static List<ResumeFile> of(List<MultipartFile>... parts) {
		return Stream.of(parts)
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.filter(part -> !(part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())))
			.map(UploadedFiles::resume)
			.toList();
	}

	static ResumeFile resume(MultipartFile part) {
		try {
			return new ResumeFile(part.getOriginalFilename(), part.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
