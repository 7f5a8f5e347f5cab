/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLException;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.net.Hosts;
import org.rapport.core.internal.net.MultiStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The WebDAV requests a sync makes (RFC 4918, CardDAV RFC 6352, CalDAV RFC 4791) through {@code java.net.http}: a
 * collection's members with their ETags (and data, for an address book), and conditional PUT and DELETE. HTTP Basic
 * with the account's user and password; plain {@code http} only to this machine, anything else must be
 * {@code https}. Every failure is a {@link SyncException} worded for a person, except a failed precondition
 * ({@code 412}), which is a {@link Changed}.
 */
public final class DavClient {

	private static final String DAV = "DAV:"; //$NON-NLS-1$
	private static final String CARDDAV = "urn:ietf:params:xml:ns:carddav"; //$NON-NLS-1$
	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final String CARDS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" //$NON-NLS-1$
			+ "<C:addressbook-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">\n" //$NON-NLS-1$
			+ "<D:prop><D:getetag/><C:address-data/></D:prop>\n" //$NON-NLS-1$
			+ "</C:addressbook-query>\n"; //$NON-NLS-1$
	private static final String ETAGS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" //$NON-NLS-1$
			+ "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getetag/></D:prop></D:propfind>\n"; //$NON-NLS-1$

	/** A member of a collection: its absolute URL, its ETag and, when asked for, its data. */
	public record Member(String href, String etag, String data) {
	}

	/** The server's copy changed since the ETag the request was conditional on ({@code 412}). */
	public static final class Changed extends Exception {

		private static final long serialVersionUID = 1L;

		public Changed(String href) {
			super(href);
		}
	}

	private final HttpClient client;
	private final String authorization;

	/**
	 * @param user     the user name, or {@code null} for a server without a login
	 * @param password the password (copied into the header; the caller clears its array)
	 */
	public DavClient(String user, char[] password) {
		this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
		if (user == null) {
			this.authorization = null;
		} else {
			String credentials = user + ":" + new String(password == null ? new char[0] : password); //$NON-NLS-1$
			this.authorization = "Basic " //$NON-NLS-1$
					+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The cards of an address book, each with its ETag and vCard text. */
	public List<Member> cards(String addressBook) throws SyncException {
		HttpResponse<byte[]> response = send(request(addressBook).header("Depth", "1") //$NON-NLS-1$ //$NON-NLS-2$
				.header("Content-Type", "application/xml; charset=utf-8") //$NON-NLS-1$ //$NON-NLS-2$
				.method("REPORT", HttpRequest.BodyPublishers.ofString(CARDS, StandardCharsets.UTF_8)), addressBook, //$NON-NLS-1$
				Messages.Error_noAddressBook);
		return members(response, addressBook, CARDDAV, "address-data"); //$NON-NLS-1$
	}

	/** The members of a calendar with their ETags (without their data). */
	public List<Member> etags(String calendar) throws SyncException {
		HttpResponse<byte[]> response = send(request(calendar).header("Depth", "1") //$NON-NLS-1$ //$NON-NLS-2$
				.header("Content-Type", "application/xml; charset=utf-8") //$NON-NLS-1$ //$NON-NLS-2$
				.method("PROPFIND", HttpRequest.BodyPublishers.ofString(ETAGS, StandardCharsets.UTF_8)), calendar, //$NON-NLS-1$
				Messages.Error_noCalendar);
		return members(response, calendar, null, null);
	}

	/**
	 * Puts a resource: only if it does not exist yet ({@code etag == null}, {@code If-None-Match: *}) or only if the
	 * server still has that ETag ({@code If-Match}).
	 *
	 * @return the new ETag, or {@code null} when the server did not say
	 * @throws Changed when the server's copy is not the one the condition expected
	 */
	public String put(String href, String etag, String contentType, String body) throws SyncException, Changed {
		HttpRequest.Builder builder = request(href).header("Content-Type", contentType + "; charset=utf-8") //$NON-NLS-1$ //$NON-NLS-2$
				.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		builder.header(etag == null ? "If-None-Match" : "If-Match", etag == null ? "*" : etag); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		HttpResponse<byte[]> response = sendConditional(builder, href);
		Optional<String> tag = response.headers().firstValue("ETag"); //$NON-NLS-1$
		return tag.orElse(null);
	}

	/** Deletes a resource only if the server still has that ETag; a resource already gone is no failure. */
	public void delete(String href, String etag) throws SyncException, Changed {
		HttpRequest.Builder builder = request(href).DELETE();
		if (etag != null) {
			builder.header("If-Match", etag); //$NON-NLS-1$
		}
		sendConditional(builder, href);
	}

	private HttpResponse<byte[]> sendConditional(HttpRequest.Builder builder, String href) throws SyncException, Changed {
		HttpResponse<byte[]> response = exchange(builder, href);
		int status = response.statusCode();
		if (status == 412) {
			throw new Changed(href);
		}
		if (status == 404 && "DELETE".equals(response.request().method())) { //$NON-NLS-1$
			return response;
		}
		check(status, href, Messages.Error_server);
		if (status >= 300) {
			throw new SyncException(NLS.bind(Messages.Error_server, href, Integer.valueOf(status)));
		}
		return response;
	}

	private HttpRequest.Builder request(String url) throws SyncException {
		URI uri = uri(url);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
		if (authorization != null) {
			builder.header("Authorization", authorization); //$NON-NLS-1$
		}
		return builder;
	}

	/** The URL as a URI, refused when it is not {@code https} or {@code http} to this machine. */
	public static URI uri(String url) throws SyncException {
		URI uri;
		try {
			uri = new URI(url);
		} catch (URISyntaxException e) {
			throw new SyncException(NLS.bind(Messages.Error_badUrl, url), e);
		}
		String scheme = uri.getScheme();
		if (uri.getHost() == null || scheme == null
				|| !"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new SyncException(NLS.bind(Messages.Error_badUrl, url));
		}
		if ("http".equalsIgnoreCase(scheme) && !Hosts.isLoopback(uri.getHost())) { //$NON-NLS-1$
			throw new SyncException(NLS.bind(Messages.Error_notHttps, url));
		}
		return uri;
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder builder, String url, String notFound) throws SyncException {
		HttpResponse<byte[]> response = exchange(builder, url);
		check(response.statusCode(), url, notFound);
		if (response.statusCode() != 207) {
			throw new SyncException(NLS.bind(Messages.Error_server, url, Integer.valueOf(response.statusCode())));
		}
		return response;
	}

	private static void check(int status, String url, String notFound) throws SyncException {
		if (status == 401) {
			throw new SyncException(NLS.bind(Messages.Error_password, URI.create(url).getHost()));
		}
		if (status == 403) {
			throw new SyncException(NLS.bind(Messages.Error_forbidden, url));
		}
		if (status == 404) {
			throw new SyncException(NLS.bind(notFound, url, Integer.valueOf(status)));
		}
	}

	private HttpResponse<byte[]> exchange(HttpRequest.Builder builder, String url) throws SyncException {
		String host = URI.create(url).getHost();
		HttpRequest request = builder.build();
		try {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			} catch (SSLException | ConnectException | HttpTimeoutException e) {
				throw e;
			} catch (IOException e) {
				// a pooled connection the server had closed (Radicale answers HTTP/1.0 and closes each one): the request
				// did not reach it, and every write is conditional, so sending it once more is safe
				return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
		} catch (SSLException e) {
			throw new SyncException(NLS.bind(Messages.Error_certificate, host), e);
		} catch (ConnectException | HttpTimeoutException e) {
			throw new SyncException(NLS.bind(Messages.Error_unreachable, host), e);
		} catch (IOException e) {
			throw new SyncException(NLS.bind(Messages.Error_lost, host), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SyncException(NLS.bind(Messages.Error_lost, host), e);
		}
	}

	/** The members of a multistatus answer other than the collection itself; a document type declaration is refused. */
	private static List<Member> members(HttpResponse<byte[]> response, String collection, String dataNamespace,
			String dataName) throws SyncException {
		Document document;
		try {
			document = MultiStatus.parse(response.body());
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new SyncException(NLS.bind(Messages.Error_unreadable, collection, e.getMessage()), e);
		}
		URI base = response.uri();
		String self = base.normalize().getPath();
		List<Member> members = new ArrayList<>();
		NodeList responses = document.getElementsByTagNameNS(DAV, "response"); //$NON-NLS-1$
		for (int i = 0; i < responses.getLength(); i++) {
			Element element = (Element) responses.item(i);
			String href = text(element, DAV, "href"); //$NON-NLS-1$
			if (href == null) {
				continue;
			}
			URI resolved = base.resolve(href.strip()).normalize();
			if (resolved.getPath().equals(self) || resolved.getPath().endsWith("/")) { //$NON-NLS-1$
				continue;
			}
			String etag = text(element, DAV, "getetag"); //$NON-NLS-1$
			String data = dataName == null ? null : text(element, dataNamespace, dataName);
			members.add(new Member(resolved.toString(), etag == null ? null : etag.strip(), data));
		}
		return members;
	}

	private static String text(Element element, String namespace, String name) {
		NodeList nodes = element.getElementsByTagNameNS(namespace, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			String text = node.getTextContent();
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}
}
