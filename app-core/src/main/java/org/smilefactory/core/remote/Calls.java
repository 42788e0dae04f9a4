package org.smilefactory.core.remote;

/** Starts an authenticated call for the session; fails with UnauthenticatedException after sign-out. */
@FunctionalInterface
interface Calls {
    HttpApi.Call call(String method, String path);
}
