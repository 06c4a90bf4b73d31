package io.renloop.training.web;

import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.Catalogue.PathView;
import io.renloop.training.Catalogue.SavePath;
import io.renloop.training.Catalogue.SaveCourse;
import io.renloop.training.Catalogue.SaveSession;
import io.renloop.training.Catalogue.SessionView;
import io.renloop.training.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The course catalogue, classroom sessions, course files and learning paths. */
@RestController
@Tag(name = "Training", description = "Courses, paths, enrolments, exams, certificates, compliance and recommendations")
class CourseApiController {

	private final Catalogue catalogue;

	CourseApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "The course catalogue", description = "Titles in the reader's language; kind ONLINE "
			+ "(VIDEO, PDF, RICH_TEXT), CLASSROOM or EXTERNAL; hours, credits, cost, tags")
	List<CourseView> courses() {
		return catalogue.courses();
	}

	@GetMapping("/api/v1/training/courses/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "One course")
	CourseView course(@PathVariable UUID id) {
		return catalogue.course(id);
	}

	@PostMapping("/api/v1/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a course", description = "`{\"code\",\"titleZh\",\"titleEn\",\"kind\",\"contentKind\","
			+ "\"contentSeconds\",\"minWatchShare\",\"richText\",\"hours\",\"credits\",\"cost\",\"provider\",\"tags\"}`;"
			+ " an online course names its content kind, a video its length; a cost makes enrolment need approval")
	CourseView create(@Valid @RequestBody SaveCourse command) {
		return catalogue.create(command);
	}

	@GetMapping("/api/v1/training/courses/{id}/sessions")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "A classroom course's sessions with seats taken and waiting", description = "The sign-in "
			+ "token only for training administrators")
	List<SessionView> sessions(@PathVariable UUID id) {
		return SignInTokens.visible(catalogue.sessions(id));
	}

	@PostMapping("/api/v1/training/courses/{id}/sessions")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a classroom session", description = "`{\"startsAt\",\"location\",\"trainer\","
			+ "\"capacity\"}`; returns the sign-in token the trainer shows as a QR code")
	SessionView addSession(@PathVariable UUID id, @Valid @RequestBody SaveSession command) {
		return catalogue.addSession(id, command);
	}

	@PutMapping(path = "/api/v1/training/courses/{id}/content", consumes = MediaType.ALL_VALUE)
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "Upload the course's video or PDF", description = "The raw file as the request body, "
			+ "streamed to storage; its type is decided by its content (413 above the size limit, 415 for another "
			+ "type); replaces an earlier file")
	CourseView upload(@PathVariable UUID id, HttpServletRequest request) throws IOException {
		return catalogue.attachContent(id, new Upload("content", request.getInputStream()));
	}

	@GetMapping("/api/v1/training/courses/{id}/content")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "Stream the course's file", description = "Supports HTTP range requests (206) so that a "
			+ "video resumes where it stopped")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		return ContentResponses.of(catalogue.content(id));
	}

	@GetMapping("/api/v1/training/paths")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "Learning paths", description = "New-hire paths and positions' paths with their courses")
	List<PathView> paths() {
		return catalogue.paths();
	}

	@PostMapping("/api/v1/training/paths")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "Create or replace a learning path", description = "`{\"code\",\"nameZh\",\"nameEn\","
			+ "\"positionId\",\"newHire\",\"courses\":[{\"courseId\",\"dueDays\"}]}`; new hires (and new holders of "
			+ "the position) are enrolled automatically when hired")
	PathView savePath(@Valid @RequestBody SavePath command) {
		return catalogue.savePath(command);
	}
}
