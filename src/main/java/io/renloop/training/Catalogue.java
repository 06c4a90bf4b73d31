package io.renloop.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;

/**
 * The current tenant's course catalogue: courses, their classroom sessions and content files, and learning paths.
 * Everybody with training access reads it; training administrators change it.
 */
public interface Catalogue {

	List<CourseView> courses();

	CourseView course(UUID id);

	CourseView create(@Valid SaveCourse command);

	SessionView addSession(UUID courseId, SaveSession command);

	List<SessionView> sessions(UUID courseId);

	/** One classroom session of the current tenant, or {@code NotFoundException}. */
	SessionView session(UUID sessionId);

	/** Stores the course's video or PDF, checked by content and size; replaces an earlier file. */
	CourseView attachContent(UUID courseId, Upload upload);

	/** The course's file, for streaming (range requests are served by the caller). */
	StoredContent content(UUID courseId);

	List<PathView> paths();

	PathView savePath(SavePath command);

	enum CourseKind {
		ONLINE, CLASSROOM, EXTERNAL
	}

	enum ContentKind {
		VIDEO, PDF, RICH_TEXT
	}

	/**
	 * A course to add. Online courses name their content kind; a video states its length and the share that must be
	 * watched; external courses usually cost money, which makes their enrolment need approval. A course tied to a
	 * performance item (a KPI code or competency as reviews show it, or {@code TOTAL} for the overall score) shows the
	 * participants' score of it before and after.
	 */
	record SaveCourse(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String titleZh, @NotBlank @Size(max = 200) String titleEn,
			@NotNull CourseKind kind, ContentKind contentKind, @Min(1) @Max(86400) Integer contentSeconds,
			@DecimalMin("0.1") @DecimalMax("1") BigDecimal minWatchShare, @Size(max = 100000) String richText,
			@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal hours,
			@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal credits,
			@DecimalMin("0") @DecimalMax("1000000") BigDecimal cost, @Size(max = 200) String provider,
			@Size(max = 20) List<@NotBlank @Size(max = 40) String> tags, @Size(max = 100) String performanceItem) {

		/** A course tied to no performance item. */
		public SaveCourse(String code, String titleZh, String titleEn, CourseKind kind, ContentKind contentKind,
				Integer contentSeconds, BigDecimal minWatchShare, String richText, BigDecimal hours, BigDecimal credits,
				BigDecimal cost, String provider, List<String> tags) {
			this(code, titleZh, titleEn, kind, contentKind, contentSeconds, minWatchShare, richText, hours, credits, cost,
					provider, tags, null);
		}
	}

	/** A course as the catalogue shows it; {@code title} is in the reader's language. */
	record CourseView(UUID id, String code, String title, String titleZh, String titleEn, CourseKind kind,
			ContentKind contentKind, Integer contentSeconds, BigDecimal minWatchShare, String richText,
			boolean hasFile, String contentType, BigDecimal hours, BigDecimal credits, BigDecimal cost, String provider,
			List<String> tags, String performanceItem) {

		/** A course tied to no performance item. */
		public CourseView(UUID id, String code, String title, String titleZh, String titleEn, CourseKind kind,
				ContentKind contentKind, Integer contentSeconds, BigDecimal minWatchShare, String richText,
				boolean hasFile, String contentType, BigDecimal hours, BigDecimal credits, BigDecimal cost,
				String provider, List<String> tags) {
			this(id, code, title, titleZh, titleEn, kind, contentKind, contentSeconds, minWatchShare, richText, hasFile,
					contentType, hours, credits, cost, provider, tags, null);
		}
	}

	record SaveSession(@NotNull Instant startsAt, @NotBlank @Size(max = 200) String location,
			@Size(max = 100) String trainer, @NotNull @Min(1) @Max(10000) Integer capacity) {
	}

	/**
	 * A classroom session with its roster counts; the sign-in token is shown (as a QR code) only to training
	 * administrators and trainers.
	 */
	record SessionView(UUID id, UUID courseId, Instant startsAt, String location, String trainer, int capacity,
			int enrolled, int waiting, String signInToken) {
	}

	/** A path: new hires', or a position's; courses in order, each due some days after enrolment. */
	record SavePath(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn, UUID positionId,
			boolean newHire, @NotEmpty @Size(max = 50) List<@Valid @NotNull Step> courses) {

		public record Step(@NotNull UUID courseId, @Min(1) @Max(730) int dueDays) {
		}
	}

	record PathView(UUID id, String code, String name, UUID positionId, boolean newHire, List<SavePath.Step> courses) {
	}

	/** A stored file ready to stream. */
	record StoredContent(Resource resource, String contentType, long size) {
	}
}
