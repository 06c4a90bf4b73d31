package io.renloop.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Opens a page session for a principal the way password login does: a new session id, a fresh CSRF token, the
 * security context kept in the shared session store (ADR 0017), so that the session survives restarts and works on
 * every node.
 */
public interface PageSessions {

	void signIn(RenloopPrincipal principal, HttpServletRequest request, HttpServletResponse response);
}
