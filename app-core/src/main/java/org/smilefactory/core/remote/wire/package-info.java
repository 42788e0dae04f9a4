/**
 * The request and response bodies of the REST API that are not contract records themselves, shared
 * by app-server and {@link org.smilefactory.core.remote.RemoteBackend}, so the wire format is defined
 * once. Plain records, no behaviour.
 */
package org.smilefactory.core.remote.wire;
