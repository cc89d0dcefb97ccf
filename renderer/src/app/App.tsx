import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { routes } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    // Everything is local: no point in retrying or refetching on window focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

// Hash routing works the same under app:// in Electron and on the local HTTP server.
const router = createHashRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="bottom-center" closeButton richColors={false} toastOptions={{ className: 'toast' }} />
    </QueryClientProvider>
  );
}
