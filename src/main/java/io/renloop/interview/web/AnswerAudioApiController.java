package io.renloop.interview.web;

import io.renloop.interview.AnswerRecordings;
import io.renloop.interview.AnswerRecordings.AudioContent;
import io.renloop.interview.AnswerRecordings.AudioUpload;
import io.renloop.interview.AnswerRecordings.Recorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Audio recordings of answers: uploaded by the candidate with the link's token, played by HR. Never scored. */
@RestController
@Tag(name = "Answer recordings", description = "Optional audio of an answer, kept for human review only: never "
		+ "scored, never analysed for emotion, face or voice")
class AnswerAudioApiController {

	private final AnswerRecordings recordings;

	AnswerAudioApiController(AnswerRecordings recordings) {
		this.recordings = recordings;
	}

	@PostMapping("/api/v1/candidate-interview/{token}/answers/{questionId}/audio")
	@Operation(summary = "Upload the audio recording of an answer (replaces an earlier one)",
			description = "Public, authenticated by the link's token. Multipart `file` (WebM, Ogg or MP4 audio, at most "
					+ "10 MB) and optional `durationSeconds` as the recorder measured it. 409 before consent, after "
					+ "submission or after the question's time; 413 too large or longer than the question's time; "
					+ "415 not audio")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AudioForm.class)))
	Recorded upload(@PathVariable String token, @PathVariable UUID questionId, HttpServletRequest request,
			@RequestParam(required = false) Integer durationSeconds) {
		MultipartFile file = request instanceof MultipartHttpServletRequest multipart ? multipart.getFile("file") : null;
		return recordings.upload(token, questionId, new AudioUpload(file == null ? null : bytes(file),
				file == null ? null : file.getContentType(), durationSeconds));
	}

	@GetMapping("/api/v1/ai-interviews/{sessionId}/answers/{questionId}/audio")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "Play the audio recording of an answer", description = "Audited as a sensitive read; 404 "
			+ "when the answer has no recording")
	ResponseEntity<byte[]> audio(@PathVariable UUID sessionId, @PathVariable UUID questionId) {
		AudioContent audio = recordings.audio(sessionId, questionId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(audio.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(audio.content());
	}

	/**
	 * The form of an upload. The file is read from the request only after the token was checked, so that a link
	 * that is not valid is a 404 whatever the body.
	 */
	record AudioForm(@Schema(type = "string", format = "binary") String file, Integer durationSeconds) {
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
