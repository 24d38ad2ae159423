import { displaySettings } from "@/lib/web/display-settings";
import { DisplaySettingsForm } from "./display-settings-form";

/** The settings form with the request's current settings checked (server side: it reads the URL and cookie). */
export async function DisplaySettings() {
  return <DisplaySettingsForm display={await displaySettings()} />;
}
