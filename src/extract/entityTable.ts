import type { EntityType } from '../model/vocabulary.ts';
import { COUNTRIES } from './countries.ts';
import { BUILTIN_ORGANIZATIONS, BUILTIN_PLACES } from './builtinEntities.ts';
import { normalizeSurface } from './normalizeSurface.ts';
import { slugify } from './slugify.ts';
import type { DraftEntity, ExtractContext, KnownEntity } from './types.ts';

/** A surface form the gazetteer matches, and the entity it names. */
export interface GazetteerEntry {
  surface: string;
  entity: KnownEntity;
}

/**
 * The entities of one extraction: resolves surface forms (registry first, then the graph's
 * known entities, then the built-in countries / organisations / places) and mints new
 * entities with slug ids for names it cannot resolve. Collects the draft's entity list.
 */
export class EntityTable {
  private readonly byKey = new Map<string, KnownEntity>();
  private readonly byId = new Map<string, KnownEntity>();
  readonly used = new Map<string, DraftEntity>();
  readonly gazetteer: GazetteerEntry[] = [];
  /** Short forms learnt while reading the article ("Petro" after "Gustavo Petro"). */
  readonly shortNames: GazetteerEntry[] = [];
  /** demonym -> country entity ("Colombian" -> COL). */
  readonly demonyms = new Map<string, KnownEntity>();

  constructor(private readonly context: ExtractContext) {
    // Later sources never override earlier ones: registry/graph entities win over built-ins.
    for (const e of context.knownEntities) this.addKnown(e);
    for (const c of COUNTRIES) {
      const e: KnownEntity = this.byId.get(c.id) ?? { id: c.id, type: 'Country', name: c.name, aliases: c.aliases };
      this.addKnown({ ...e, aliases: [...(e.aliases ?? []), c.name, ...c.aliases] });
      for (const d of c.demonyms) if (!this.demonyms.has(d)) this.demonyms.set(d, e);
    }
    for (const e of [...BUILTIN_ORGANIZATIONS, ...BUILTIN_PLACES]) this.addKnown(e);
  }

  private addKnown(e: KnownEntity): void {
    if (!this.byId.has(e.id)) this.byId.set(e.id, e);
    const entity = this.byId.get(e.id)!;
    for (const surface of [e.name, ...(e.aliases ?? [])]) {
      if (!surface) continue;
      const key = normalizeSurface(surface);
      if (!key || this.byKey.has(key)) continue;
      this.byKey.set(key, entity);
      // Operations are found by their phrase shape (findOperations), which also reads who
      // conducts them and where; their names resolve afterwards.
      if (entity.type !== 'Operation') this.gazetteer.push({ surface: surface.replace(/^the\s+/i, ''), entity });
    }
  }

  /** The known entity a surface form names, if any (registry, graph, built-ins). */
  resolve(surface: string): KnownEntity | undefined {
    const fromRegistry = this.context.registry?.resolve(surface);
    if (fromRegistry) return this.byId.get(fromRegistry.id) ?? fromRegistry;
    return this.byKey.get(normalizeSurface(surface));
  }

  /** An entity by id (known or minted in this article). */
  get(id: string): KnownEntity | undefined {
    return this.used.get(id) ?? this.byId.get(id);
  }

  /** Records that the article names `entity` with `surface`; returns its id. */
  use(entity: KnownEntity, surface?: string): string {
    let d = this.used.get(entity.id);
    if (!d) {
      const known = this.byId.has(entity.id);
      d = { id: entity.id, type: entity.type, name: entity.name, aliases: [], isNew: !known };
      if (entity.kind) d.kind = entity.kind;
      this.used.set(entity.id, d);
    }
    const s = surface?.replace(/^the\s+/i, '').trim();
    if (s && s !== d.name && !d.aliases.includes(s) && !/^(he|him|his|she|her|its|it|they|their)$/i.test(s)) d.aliases.push(s);
    return d.id;
  }

  /** Resolves `surface`, or mints a new entity of `type` (and `kind`) named `name`. */
  resolveOrCreate(surface: string, type: EntityType, name = surface, kind?: string): KnownEntity {
    const known = this.resolve(surface) ?? (name !== surface ? this.resolve(name) : undefined);
    if (known) return known;
    const base = slugify(name) || 'entity';
    let id = base;
    for (let i = 2; this.used.has(id) && this.used.get(id)!.name !== name; i++) id = `${base}-${i}`;
    const existing = this.used.get(id);
    if (existing) return existing;
    const e: KnownEntity = { id, type, name, aliases: [] };
    if (kind) e.kind = kind;
    // Register the name so later mentions in the same article resolve to it.
    this.byKey.set(normalizeSurface(name), e);
    this.byKey.set(normalizeSurface(surface), e);
    return e;
  }

  /** Adds a short form ("Petro") for an entity first named in full, for the rest of the article. */
  addShortName(short: string, entity: KnownEntity): boolean {
    const key = normalizeSurface(short);
    if (!key || this.byKey.has(key)) return false;
    this.byKey.set(key, entity);
    this.shortNames.push({ surface: short, entity });
    return true;
  }
}
