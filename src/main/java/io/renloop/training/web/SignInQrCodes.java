package io.renloop.training.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR code a trainer shows in the room: the absolute address of {@code /me/training/sign-in} with the session's
 * token, drawn as a PNG. The address starts with {@code renloop.training.base-url} when set (the address phones reach
 * the installation at), else the address the trainer's browser used.
 */
@Component
class SignInQrCodes {

	/** Pixels per side: large enough for a phone to read it from a projector or a laptop across the room. */
	static final int SIZE = 480;

	private final String baseUrl;

	SignInQrCodes(@Value("${renloop.training.base-url:${renloop.interview.base-url:}}") String baseUrl) {
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	/** The sign-in page's absolute address for the token. */
	String url(String token) {
		String base = StringUtils.hasText(baseUrl) ? baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + "/me/training/sign-in?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
	}

	/** The QR code of the address as PNG bytes, black on white with the quiet zone readers need. */
	byte[] png(String url) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, SIZE, SIZE,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException tooLong) {
			throw new IllegalStateException("A sign-in address does not fit a QR code", tooLong);
		}
		catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
	}
}
