// The floor of `npm run bench`'s first-screen rows (issue 26): what the dashboard's libraries cost
// on their own. React renders a react-leaflet map of the shipped geography with a named marker per
// park, fetched through TanStack Query, and a tapped park's name from a zustand store; nothing else
// of the app (no prerender to take over, no schema, no labels placement, no panels). The bench
// serves it beside the dashboard and measures it with the same Lighthouse and slow-phone runs, so a
// target below this floor is a target for the libraries, not for the app.
import 'leaflet/dist/leaflet.css';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { divIcon, geoJSON, type LatLngTuple } from 'leaflet';
import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer, Marker } from 'react-leaflet';
import { create } from 'zustand';

type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
interface Geography {
  type: 'FeatureCollection';
  features: { id: string; properties: { role: string }; geometry: Geometry }[];
}
interface Dataset {
  parks: { id: string; name: { en: string }; location: { division: string } }[];
}

const useChosen = create<{ park: string | null; choose: (park: string) => void }>((set) => ({
  park: null,
  choose: (park) => set({ park }),
}));

const getJson = async <T,>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

/** The park's marker icon: its name as text, never as an HTML string. */
function nameIcon(name: string) {
  const marker = document.createElement('span');
  const text = document.createElement('span');
  text.className = 'place-name-text';
  text.textContent = name;
  marker.append(text);
  return divIcon({ className: 'place-marker', html: marker, iconSize: undefined });
}

function BareMap({ geography, dataset }: { geography: Geography; dataset: Dataset }) {
  const choose = useChosen((s) => s.choose);
  const counties = useMemo(
    () => ({ ...geography, features: geography.features.filter((f) => f.properties.role === 'county') }),
    [geography],
  );
  // Each park at the centre of its county's outline box (the dashboard places them better).
  const centres = useMemo(() => {
    const byCounty = new Map<string, LatLngTuple>();
    for (const feature of counties.features) {
      const c = geoJSON(feature as never)
        .getBounds()
        .getCenter();
      byCounty.set(feature.id, [c.lat, c.lng]);
    }
    return byCounty;
  }, [counties]);
  const bounds = useMemo(() => geoJSON(counties as never).getBounds(), [counties]);
  return (
    <MapContainer bounds={bounds} style={{ height: '70vh' }} attributionControl={false}>
      <GeoJSON data={counties as never} />
      {dataset.parks.map((park, i) => {
        const at = centres.get(park.location.division);
        if (!at) return null;
        return (
          <Marker
            key={park.id}
            position={[at[0] + (i % 4) * 0.03, at[1] + Math.floor(i / 4) * 0.03]}
            icon={nameIcon(park.name.en)}
            eventHandlers={{ click: () => choose(park.id) }}
          />
        );
      })}
    </MapContainer>
  );
}

function BareApp() {
  const geographyQuery = useQuery({
    queryKey: ['geo'],
    queryFn: () => getJson<Geography>('./geo/zhaoqing.json'),
  });
  const datasetQuery = useQuery({
    queryKey: ['data'],
    queryFn: () => getJson<Dataset>('./data/zhaoqing-2024.json'),
  });
  const chosen = useChosen((s) => s.park);
  const park = datasetQuery.data?.parks.find((p) => p.id === chosen);
  useEffect(() => {
    document.documentElement.dataset.live = 'true';
  }, []);
  return (
    <main>
      <h1>Zhaoqing “344” parks</h1>
      {geographyQuery.data && datasetQuery.data ? (
        <BareMap geography={geographyQuery.data} dataset={datasetQuery.data} />
      ) : (
        <p>Loading…</p>
      )}
      {park && (
        <aside className="place-details">
          <h2>{park.name.en}</h2>
        </aside>
      )}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <BareApp />
    </QueryClientProvider>
  </StrictMode>,
);
