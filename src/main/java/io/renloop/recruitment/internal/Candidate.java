package io.renloop.recruitment.internal;

import io.renloop.recruitment.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A person who applied, once per tenant however often they apply. Contact details are normalized; the
 * resume text arrives sealed by the personal-data cipher.
 */
@Entity
@Table(schema = "recruitment", name = "candidate")
class Candidate {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String name;

	private String phone;

	private String email;

	@JdbcTypeCode(SqlTypes.JSON)
	private String profile;

	@Column(name = "resume_text_enc")
	private byte[] resumeText;

	private Long resumeSimhash;

	/** The name of the uploaded resume file, shown in place of a name the resume did not state. */
	private String resumeFileName;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Instant consentGivenAt;

	private LocalDate retainUntil;

	private Instant createdAt;

	private Instant erasedAt;

	@Version
	private Long version;

	protected Candidate() {
	}

	Candidate(String name, String phone, String email, Channel channel, Instant consentGivenAt, LocalDate retainUntil) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.channel = channel;
		this.consentGivenAt = consentGivenAt;
		this.retainUntil = retainUntil;
		this.createdAt = consentGivenAt;
	}

	void attachResume(String profileJson, byte[] sealedText, Long simhash, String fileName) {
		this.profile = profileJson;
		this.resumeText = sealedText;
		this.resumeSimhash = simhash;
		if (fileName != null) {
			this.resumeFileName = fileName;
		}
	}

	/** A newer application renews consent and fills contact details the candidate lacked. */
	void reapplied(String phone, String email, Instant consentGivenAt, LocalDate retainUntil) {
		if (this.phone == null) {
			this.phone = phone;
		}
		if (this.email == null) {
			this.email = email;
		}
		if (consentGivenAt.isAfter(this.consentGivenAt)) {
			this.consentGivenAt = consentGivenAt;
		}
		if (retainUntil.isAfter(this.retainUntil)) {
			this.retainUntil = retainUntil;
		}
	}

	/**
	 * Drops every personal detail: name, contact details, the parsed profile, the sealed resume text, its
	 * fingerprint and its file name. Channel, consent and retention dates stay, as do the applications.
	 */
	void erase(Instant now) {
		this.name = null;
		this.phone = null;
		this.email = null;
		this.profile = null;
		this.resumeText = null;
		this.resumeSimhash = null;
		this.resumeFileName = null;
		this.erasedAt = now;
	}

	boolean erased() {
		return erasedAt != null;
	}

	Instant erasedAt() {
		return erasedAt;
	}

	UUID id() {
		return id;
	}

	/** The name the candidate gave or their resume states, or null when neither did. */
	String name() {
		return name;
	}

	/** The name of the resume file they sent, or null. */
	String resumeFileName() {
		return resumeFileName;
	}

	/** What pages call the candidate: their name, else the name of their resume file. */
	String displayName() {
		return name != null ? name : resumeFileName;
	}

	String phone() {
		return phone;
	}

	String email() {
		return email;
	}

	String profile() {
		return profile;
	}

	/** The resume text sealed by the personal-data cipher, or null when none was given. */
	byte[] sealedResumeText() {
		return resumeText;
	}

	Channel channel() {
		return channel;
	}

	Instant consentGivenAt() {
		return consentGivenAt;
	}

	LocalDate retainUntil() {
		return retainUntil;
	}

	Instant createdAt() {
		return createdAt;
	}
}
