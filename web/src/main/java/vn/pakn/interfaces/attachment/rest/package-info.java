/**
 * Attachments over HTTP: multipart/form-data read into text fields and staged files
 * ({@link vn.pakn.interfaces.attachment.rest.MultipartForm}), downloads with safe headers
 * ({@link vn.pakn.interfaces.attachment.rest.FileDownloads}), the staff's list and download of a case's files
 * and the public download of a published answer's files by tracking code.
 */
package vn.pakn.interfaces.attachment.rest;
