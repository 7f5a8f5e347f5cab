/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.util.Arrays;

/**
 * The passwords of the capture accounts (a mail server, a calendar server), kept encrypted in the platform's secure
 * storage ({@code org.eclipse.equinox.security}), one node per server address and user under
 * {@code /org.rapport/accounts}; never in a plan or the preferences.
 */
public final class AccountPasswords {

	private static final String ROOT = "org.rapport/accounts"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final ISecurePreferences storage;

	/** The passwords in the given storage (tests open one in a folder of their own). */
	public AccountPasswords(ISecurePreferences storage) {
		this.storage = storage;
	}

	/** The passwords in the platform's default secure storage, or {@code null} when it cannot be opened. */
	public static AccountPasswords platform() {
		ISecurePreferences storage = SecurePreferencesFactory.getDefault();
		return storage == null ? null : new AccountPasswords(storage);
	}

	private ISecurePreferences node(String url, String user) {
		return storage.node(ROOT + "/" + EncodingUtils.encodeSlashes(url.strip() + " " + user.strip())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private boolean has(String url, String user) {
		return storage.nodeExists(ROOT + "/" + EncodingUtils.encodeSlashes(url.strip() + " " + user.strip())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether a password is kept for the user at the server (without decrypting it). */
	public boolean isStored(String url, String user) {
		return has(url, user) && Arrays.asList(node(url, user).keys()).contains(PASSWORD);
	}

	/**
	 * The password kept for the user at the server, or {@code null}.
	 *
	 * @throws CaptureException when the storage cannot decrypt it (its master password was not given)
	 */
	public char[] get(String url, String user) throws CaptureException {
		if (!has(url, user)) {
			return null;
		}
		try {
			String password = node(url, user).get(PASSWORD, null);
			return password == null ? null : password.toCharArray();
		} catch (StorageException e) {
			throw new CaptureException(NLS.bind(Messages.Error_storage, e.getMessage()), e);
		}
	}

	/** Keeps the password, encrypted, for the user at the server. */
	public void put(String url, String user, char[] password) throws CaptureException {
		try {
			node(url, user).put(PASSWORD, new String(password), true);
			storage.flush();
		} catch (StorageException | IOException e) {
			throw new CaptureException(NLS.bind(Messages.Error_storage, e.getMessage()), e);
		}
	}

	/** Forgets the password of the user at the server. */
	public void remove(String url, String user) throws CaptureException {
		if (has(url, user)) {
			node(url, user).removeNode();
			try {
				storage.flush();
			} catch (IOException e) {
				throw new CaptureException(NLS.bind(Messages.Error_storage, e.getMessage()), e);
			}
		}
	}
}
