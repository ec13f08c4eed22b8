/**
 * The simulator's seed file (YAML or JSON). Ids are optional: when absent the simulator derives a
 * deterministic UUID from the email (users) or name (rooms), so the same seed always gives the same ids.
 */
export interface SimSeed {
  users?: Array<{ id?: string; email: string; display_name?: string; active?: boolean }>;
  rooms?: Array<{
    id?: string;
    name: string;
    display_name?: string;
    external_id?: string | null;
    members?: Array<{ email: string; tx?: boolean }>;
  }>;
  /** tokens accepted by the simulator with their scopes; when absent a default full-scope token is created */
  tokens?: Array<{ token: string; scopes: string[]; description?: string; expires_at?: string | null }>;
}
