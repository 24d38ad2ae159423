import "server-only";
import { database } from "./client";
import { loadUploads, type Upload, type UploadReport } from "../load/upload";

export async function loadEditorUploads(uploads: Upload[]): Promise<UploadReport[]> {
  return loadUploads(database(), uploads);
}
